import type { StoredFeed } from "../db";
import type { CompactIndex } from "../matching/compact-index";
import { applyDelta, type Delta, DeltaSchema } from "./delta";
import { MAX_FEED_BYTES } from "./load";
import type { Feed, Warning } from "./schema";
import { SignatureFileSchema, type TrustedKey, verifyFeedSignature } from "./signature";

/** Where a publisher serves the step from serial N: `<feed url>.delta/N.json`, signed like the feed. */
export const deltaUrl = (feedUrl: string, fromSerial: number) => `${feedUrl}.delta/${fromSerial}.json`;

const MAX_STEPS = 50;

/** The held copy as a whole feed again, from its stored fields and its warnings' JSON lines. */
export function heldFeed(held: { meta?: StoredFeed["meta"]; index?: CompactIndex }): Feed | undefined {
  if (!held.meta || !held.index || held.index.warnings === undefined) return undefined;
  const { warningCount: _count, ...meta } = held.meta;
  const warnings =
    held.index.warnings === "" ? [] : held.index.warnings.split("\n").map((l) => JSON.parse(l) as Warning);
  return { ...meta, platforms: held.index.platforms, warnings };
}

type Step = { ok: true; delta: Delta; keyId: string } | { ok: false; missing: boolean };

async function fetchStep(url: string, trusted: readonly TrustedKey[]): Promise<Step> {
  try {
    const res = await fetch(url, { cache: "no-cache", signal: AbortSignal.timeout(30_000) });
    if (res.status === 404) return { ok: false, missing: true };
    if (!res.ok) return { ok: false, missing: false };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_FEED_BYTES) return { ok: false, missing: false };
    const sigRes = await fetch(`${url}.sig`, { cache: "no-cache", signal: AbortSignal.timeout(30_000) });
    const sig = SignatureFileSchema.safeParse(sigRes.ok ? JSON.parse(await sigRes.text()) : null);
    if (!sig.success) return { ok: false, missing: false };
    const check = await verifyFeedSignature(bytes, sig.data, trusted);
    if (!check.ok) return { ok: false, missing: false };
    const delta = DeltaSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)));
    return delta.success
      ? { ok: true, delta: delta.data, keyId: check.keyId }
      : { ok: false, missing: false };
  } catch {
    return { ok: false, missing: false };
  }
}

/**
 * Moves the held copy forward through published deltas, one serial at a time, each verified like a feed.
 * Returns the new feed, or undefined when no delta applies or any step fails (a gap, a bad signature, a
 * mismatch): the caller then fetches the full feed.
 */
export async function syncByDeltas(
  url: string,
  held: { meta?: StoredFeed["meta"]; index?: CompactIndex; keyId?: string },
  trusted: readonly TrustedKey[],
  now: number,
): Promise<{ feed: Feed; keyId: string; steps: number } | undefined> {
  let feed = heldFeed(held);
  if (!feed) return undefined;
  let keyId = held.keyId ?? "";
  let steps = 0;
  for (; steps < MAX_STEPS; steps++) {
    const step = await fetchStep(deltaUrl(url, feed.serial), trusted);
    if (!step.ok) {
      if (step.missing) break;
      return undefined;
    }
    try {
      feed = applyDelta(feed, step.delta);
    } catch {
      return undefined;
    }
    keyId = step.keyId;
  }
  if (steps === 0 || Date.parse(feed.expires) <= now) return undefined;
  return { feed, keyId, steps };
}
