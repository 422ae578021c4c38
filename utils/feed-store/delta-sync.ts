import { MAX_SIGNATURE_BYTES, readBounded, readBoundedText } from "../feed/bounded-body";
import { applyDelta, type Delta, DeltaSchema } from "../feed/delta";
import { MAX_FEED_BYTES } from "../feed/load";
import type { Feed } from "../feed/schema";
import { SignatureFileSchema, type TrustedKey, verifyFeedSignature } from "../feed/signature";
import type { CompactIndex } from "../matching/compact-index";
import { readChunk } from "../matching/warning-text";
import type { StoredFeed } from "./stored-feed";

/** Where a publisher serves the step from serial N: `<feed url>.delta/N.json`, signed like the feed. */
export const deltaUrl = (feedUrl: string, fromSerial: number) => `${feedUrl}.delta/${fromSerial}.json`;

const MAX_STEPS = 50;

/** A stored copy as a whole feed again, from its fields, its index and its text chunks in order. */
export function feedFromStored(
  meta: NonNullable<StoredFeed["meta"]>,
  index: CompactIndex,
  chunks: readonly Uint8Array[],
): Feed {
  const { warningCount: _count, ...fields } = meta;
  return { ...fields, platforms: index.platforms, warnings: chunks.flatMap(readChunk) };
}

type Step = { ok: true; delta: Delta; keyId: string } | { ok: false; missing: boolean };

async function fetchStep(url: string, trusted: readonly TrustedKey[]): Promise<Step> {
  try {
    const init = () =>
      ({ cache: "no-cache", credentials: "omit", signal: AbortSignal.timeout(30_000) }) as const;
    const res = await fetch(url, init());
    if (res.status === 404) return { ok: false, missing: true };
    if (!res.ok) return { ok: false, missing: false };
    const body = await readBounded(res, MAX_FEED_BYTES);
    if (!body.ok) return { ok: false, missing: false };
    const bytes = body.bytes;
    const sigRes = await fetch(`${url}.sig`, init());
    const sigText = sigRes.ok ? await readBoundedText(sigRes, MAX_SIGNATURE_BYTES) : null;
    const sig = SignatureFileSchema.safeParse(sigText === null ? null : JSON.parse(sigText));
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
  held: { keyId?: string; serial: number },
  readHeld: () => Promise<Feed | undefined>,
  trusted: readonly TrustedKey[],
  now: number,
): Promise<{ feed: Feed; keyId: string; steps: number } | undefined> {
  // The first step is fetched before the held copy is read: with no delta published (the usual case between
  // two updates) a sync never reads the whole stored list.
  const first = await fetchStep(deltaUrl(url, held.serial), trusted);
  if (!first.ok) return undefined;
  let feed = await readHeld();
  if (!feed || feed.serial !== held.serial) return undefined;
  let keyId = held.keyId ?? "";
  let steps = 0;
  for (; steps < MAX_STEPS; steps++) {
    const step = steps === 0 ? first : await fetchStep(deltaUrl(url, feed.serial), trusted);
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
