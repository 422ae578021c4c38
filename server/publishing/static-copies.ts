import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/** Versions kept on disk besides the one served, for a reader that is still fetching an older one. */
const KEEP = 3;

export interface FeedFiles {
  serial: number;
  feed: Uint8Array;
  signature: string;
  /** The delta from `serial - 1`, with its signature. */
  delta?: { from: number; bytes: Uint8Array; signature: string };
}

/**
 * Writes an office's published feed as static files under `<dir>/<office>/` for any web server or CDN:
 * `feed.json`, `feed.json.sig` and `feed.json.delta/<n>.json(.sig)`. Each serial is written whole into its own
 * folder (`<dir>/.versions/<office>/<serial>/`), then `<dir>/<office>` (a symbolic link) is switched to it in one
 * rename: a reader sees the old files or the new, never a feed with another's signature.
 */
export function writeStaticCopies(dir: string, officeId: string, files: FeedFiles): void {
  const versions = join(dir, ".versions", officeId);
  const target = join(versions, String(files.serial));
  const building = `${target}.tmp-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, "feed.json.delta"), { recursive: true });
  writeFileSync(join(building, "feed.json"), files.feed);
  writeFileSync(join(building, "feed.json.sig"), files.signature);
  // Every earlier delta stays reachable: linked from the version served before.
  const link = join(dir, officeId);
  const previous = existsSync(link) ? join(dir, readlinkSync(link)) : undefined;
  if (previous && existsSync(join(previous, "feed.json.delta")))
    for (const name of readdirSync(join(previous, "feed.json.delta")))
      linkSync(join(previous, "feed.json.delta", name), join(building, "feed.json.delta", name));
  if (files.delta) {
    writeFileSync(join(building, "feed.json.delta", `${files.delta.from}.json`), files.delta.bytes);
    writeFileSync(join(building, "feed.json.delta", `${files.delta.from}.json.sig`), files.delta.signature);
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(building, target);
  const swap = `${link}.tmp-${process.pid}`;
  rmSync(swap, { force: true });
  symlinkSync(join(".versions", officeId, String(files.serial)), swap);
  renameSync(swap, link);
  const old = readdirSync(versions)
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => b - a)
    .slice(KEEP + 1);
  for (const serial of old) rmSync(join(versions, String(serial)), { recursive: true, force: true });
}
