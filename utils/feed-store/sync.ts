import { getDb } from "../db";
import type { FeedError } from "../feed/errors";
import { heldCopyState } from "../feed/held-copy";
import { checkFeed, fetchFeed } from "../feed/load";
import type { Feed } from "../feed/schema";
import type { TrustedKey } from "../feed/signature";
import { compactFeed } from "../matching/compact-index";
import { timed, timedAsync } from "../work-timer";
import { feedFromStored, syncByDeltas } from "./delta-sync";
import type { StoredFeed } from "./stored-feed";

const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 6 * 60 * 60_000;

/** After `failures` failed attempts in a row: 1–2 min, doubling, up to 6 h, with jitter. */
export function feedRetryDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

function metaOf(feed: Feed): NonNullable<StoredFeed["meta"]> {
  const { warnings, platforms: _platforms, ...meta } = feed;
  return { ...meta, warningCount: warnings.length };
}

const inFlight = new Map<string, Promise<StoredFeed | undefined>>();

/**
 * Downloads (conditionally), verifies and stores the feed at `url`. A refused update is recorded on the held
 * record, with a backoff, and the last good feed stays in force. Concurrent calls for one URL share one sync.
 */
export function syncFeed(url: string, trusted: readonly TrustedKey[]): Promise<StoredFeed | undefined> {
  let running = inFlight.get(url);
  if (!running) {
    running = timedAsync("feed:sync", () => runSync(url, trusted)).finally(() => inFlight.delete(url));
    inFlight.set(url, running);
  }
  return running;
}

async function runSync(url: string, trusted: readonly TrustedKey[]): Promise<StoredFeed | undefined> {
  const db = await getDb();
  const now = Date.now();
  const held = await db.get("feeds", url);
  const refuse = async (error: FeedError, detail: string) => {
    const failures = (held?.failures ?? 0) + 1;
    // With nothing held yet the record carries only the error, so the UI can say why there is no list.
    const updated: StoredFeed = {
      url,
      ...held,
      lastAttemptAt: now,
      lastError: { error, detail, at: now },
      failures,
      retryAt: now + feedRetryDelay(failures),
    };
    await db.put("feeds", updated);
    return updated;
  };

  // A held copy counts only while in force: one past its expiry or signed by a key no longer pinned is not built
  // on (no deltas onto it, no 304 renewing it); the full feed is fetched and checked as if nothing were held.
  const inForce = held?.meta && heldCopyState(held, trusted, now) === "in_force" ? held.meta : undefined;

  // With a good copy held, published deltas are tried first; any gap or failure falls back to the full feed.
  if (held?.meta && inForce) {
    const stepped = await syncByDeltas(
      url,
      { keyId: held.keyId, serial: inForce.serial },
      () => heldFeed(url, held),
      trusted,
      now,
    );
    if (stepped) return storeFeed(url, stepped.feed, stepped.keyId, now);
  }

  // Validators only when a good copy in force is held: a 304 must never stand in for a list we do not have, nor
  // renew ("updated just now") one that expired or that no pinned key vouches for any more.
  const download = await timedAsync("feed:download", () =>
    fetchFeed(url, inForce && held ? { etag: held.etag, lastModified: held.lastModified } : {}),
  );
  if (!download.ok) return refuse(download.error, download.detail);
  const validators = { etag: download.etag, lastModified: download.lastModified };
  if (download.notModified && held && inForce) {
    const renewed: StoredFeed = { ...held, ...validators, syncedAt: now, lastAttemptAt: now, failures: 0 };
    delete renewed.lastError;
    delete renewed.retryAt;
    await db.put("feeds", renewed);
    return renewed;
  }
  if (download.notModified) return refuse("http_status", "304 without a held copy in force");
  const check = await checkFeed(download.bytes, download.signature, trusted, {
    now,
    heldSerial: held?.meta?.serial,
  });
  if (!check.ok) return refuse(check.error, check.detail);
  return storeFeed(url, check.feed, check.keyId, now, validators, download.bytes);
}

/** Every stored text chunk of the feed at `url`. */
const chunksOf = (url: string) => IDBKeyRange.bound([url, 0], [url, Number.MAX_SAFE_INTEGER]);

/** The held copy as a whole feed again, from its three stores (deltas apply to it). */
async function heldFeed(url: string, held: StoredFeed): Promise<Feed | undefined> {
  const db = await getDb();
  const tx = db.transaction(["feedIndex", "feedText"]);
  const [stored, chunks] = await Promise.all([
    tx.objectStore("feedIndex").get(url),
    tx.objectStore("feedText").getAll(chunksOf(url)),
  ]);
  if (!held.meta || !stored) return undefined;
  return feedFromStored(
    held.meta,
    stored.index,
    chunks.map((c) => c.text),
  );
}

/**
 * Stores a verified feed as its fields, its compact index and, apart, its warnings' text: one transaction,
 * so readers see the old copy or the new one, never a mix, and a worker killed mid-way leaves the old one.
 */
async function storeFeed(
  url: string,
  feed: Feed,
  keyId: string,
  now: number,
  validators: { etag?: string; lastModified?: string } = {},
  signedBytes?: Uint8Array,
): Promise<StoredFeed> {
  const { index, text } = timed("feed:compact", () => compactFeed(feed, signedBytes));
  const record: StoredFeed = {
    url,
    meta: metaOf(feed),
    keyId,
    syncedAt: now,
    lastAttemptAt: now,
    ...validators,
  };
  const db = await getDb();
  await timedAsync("feed:store", async () => {
    const tx = db.transaction(["feeds", "feedIndex", "feedText"], "readwrite");
    await Promise.all([
      tx.objectStore("feeds").put(record),
      tx.objectStore("feedIndex").put({ url, index }),
      // The old copy's chunks go first: a smaller list must not keep a tail of them.
      tx.objectStore("feedText").delete(chunksOf(url)),
      ...text.map((bytes, chunk) => tx.objectStore("feedText").put({ url, chunk, text: bytes })),
      tx.done,
    ]);
  });
  return record;
}
