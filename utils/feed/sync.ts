import { getDb, type StoredFeed } from "../db";
import { checkFeed, fetchFeed } from "./load";
import type { TrustedKey } from "./signature";

const inFlight = new Map<string, Promise<StoredFeed | undefined>>();

/**
 * Downloads, verifies and stores the feed at `url`. A refused update is recorded on the held record and the
 * last good feed stays in force. Concurrent calls for one URL share one sync.
 */
export function syncFeed(url: string, trusted: readonly TrustedKey[]): Promise<StoredFeed | undefined> {
  let running = inFlight.get(url);
  if (!running) {
    running = runSync(url, trusted).finally(() => inFlight.delete(url));
    inFlight.set(url, running);
  }
  return running;
}

async function runSync(url: string, trusted: readonly TrustedKey[]): Promise<StoredFeed | undefined> {
  const db = await getDb();
  const now = Date.now();
  const held = await db.get("feeds", url);
  const refuse = async (error: NonNullable<StoredFeed["lastError"]>["error"], detail: string) => {
    // With nothing held yet the record carries only the error, so the UI can say why there is no list.
    const updated: StoredFeed = { url, ...held, lastAttemptAt: now, lastError: { error, detail, at: now } };
    await db.put("feeds", updated);
    return updated;
  };

  const download = await fetchFeed(url);
  if (!download.ok) return refuse(download.error, download.detail);
  const check = await checkFeed(download.bytes, download.signature, trusted, {
    now,
    heldSerial: held?.feed?.serial,
  });
  if (!check.ok) return refuse(check.error, check.detail);
  const record: StoredFeed = { url, feed: check.feed, keyId: check.keyId, syncedAt: now, lastAttemptAt: now };
  await db.put("feeds", record);
  return record;
}
