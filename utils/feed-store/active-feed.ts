import { browser } from "wxt/browser";
import { BUNDLED_FEED_PATH } from "../config";
import { getDb } from "../db";
import { heldCopyState } from "../feed/held-copy";
import type { Contact } from "../feed/schema";
import type { Subscription } from "../feed/subscriptions";
import { expandIndexes } from "../matching/compact-index";
import type { CompiledIndex } from "../matching/compiled-index";
import { WarningText } from "../matching/warning-text";
import { loadSettings } from "../settings";
import { timed, timedAsync } from "../work-timer";
import type { FeedStatus } from "./feed-status";
import type { StoredFeed } from "./stored-feed";
import { syncFeed } from "./sync";

export function bundledFeedUrl(): string {
  return browser.runtime.getURL(BUNDLED_FEED_PATH);
}

export const feedUrlOf = (sub: Subscription): string => sub.url || bundledFeedUrl();

async function enabledSubscriptions(): Promise<Subscription[]> {
  return (await loadSettings()).subscriptions.filter((s) => s.enabled);
}

interface ActiveRecord {
  sub: Subscription;
  record: StoredFeed & { meta: NonNullable<StoredFeed["meta"]> };
}

/**
 * The last good copy of each enabled subscription's feed, in the subscriptions' order: only copies still in
 * force (signed by a key the subscription still pins, not past their own expiry).
 */
async function activeRecords(now: number): Promise<ActiveRecord[]> {
  const db = await getDb();
  const subs = await enabledSubscriptions();
  const records = await Promise.all(subs.map((s) => db.get("feeds", feedUrlOf(s))));
  return subs.flatMap((sub, i) => {
    const record = records[i];
    return record?.meta && heldCopyState(record, sub.keys, now) === "in_force"
      ? [{ sub, record: { ...record, meta: record.meta } }]
      : [];
  });
}

let cached: Promise<CompiledIndex> | undefined;
/** When the earliest copy in the cached index expires: past it, the index is built again without that copy. */
let cachedUntil = Number.POSITIVE_INFINITY;

const indexListeners: (() => void)[] = [];

/** Called whenever the index is dropped (the feeds may have changed): the browser's blocking rules follow it. */
export function onIndexInvalidated(listener: () => void): void {
  indexListeners.push(listener);
}

/** Forgets the in-memory index; the next match reads the stored feeds again. */
export function invalidateIndex(): void {
  cached = undefined;
  for (const listener of indexListeners) listener();
}

async function buildIndex(): Promise<CompiledIndex> {
  let active = await activeRecords(Date.now());
  // A first install: wait for the lists rather than answer "nothing known".
  if (active.length === 0) {
    await refreshFeeds();
    active = await activeRecords(Date.now());
  }
  cachedUntil = Math.min(...active.map((a) => Date.parse(a.record.meta.expires)));
  const records = active.map((a) => a.record);
  const db = await getDb();
  const stored = await timedAsync("index:read", () =>
    Promise.all(records.map((r) => db.get("feedIndex", r.url))),
  );
  // The warnings' text stays on disk until a listing matches one of them, then is read a chunk at a time.
  const feeds = stored.flatMap((s) =>
    s
      ? [
          {
            index: s.index,
            text: new WarningText(s.index.chunkSize, (chunk) =>
              timedAsync("index:read-text", async () => (await db.get("feedText", [s.url, chunk]))?.text),
            ),
          },
        ]
      : [],
  );
  return timed("index:expand", () => expandIndexes(feeds));
}

/**
 * The merged index of every feed in force. Read from storage once per worker and kept in memory; a refresh
 * that stores anything drops it (refreshes run in this same worker).
 */
export function activeIndex(): Promise<CompiledIndex> {
  if (Date.now() >= cachedUntil) invalidateIndex();
  cached ??= buildIndex().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

let queue: Promise<void> = Promise.resolve();

/**
 * Renews every enabled feed: on a schedule (`force` false) a feed in backoff after failures is left alone
 * until its retry time; "update now" (`force`) tries them all. Refreshes run one after another, never at
 * once, and a refresh asked for during another still runs afterwards, with the settings of that moment.
 */
export function refreshFeeds(options: { force?: boolean } = {}): Promise<void> {
  const run = queue.then(() =>
    timedAsync("feed:refresh", async () => {
      const db = await getDb();
      const now = Date.now();
      for (const sub of await enabledSubscriptions()) {
        const url = feedUrlOf(sub);
        const held = await db.get("feeds", url);
        if (!options.force && held?.retryAt !== undefined && held.retryAt > now) continue;
        await syncFeed(url, sub.keys);
      }
      invalidateIndex();
    }),
  );
  queue = run.catch(() => undefined);
  return run;
}

export async function feedStatuses(): Promise<FeedStatus[]> {
  const db = await getDb();
  const subs = (await loadSettings()).subscriptions;
  return Promise.all(
    subs.map(async (sub): Promise<FeedStatus> => {
      const url = feedUrlOf(sub);
      const record = await db.get("feeds", url);
      const feed = record?.meta;
      return {
        id: sub.id,
        name: sub.name,
        url,
        bundled: sub.url === "",
        enabled: sub.enabled,
        publisher: feed?.publisher.name,
        serial: feed?.serial,
        sample: feed?.sample ?? false,
        syncedAt: record?.syncedAt,
        ...(record?.meta ? { held: heldCopyState(record, sub.keys, Date.now()) } : {}),
        expires: feed?.expires,
        warnings: feed?.warningCount ?? 0,
        lastError: record?.lastError,
        retryAt: record?.retryAt,
      };
    }),
  );
}

/**
 * The report contacts (per province) of the feeds in force, in the order of precedence. A feed's intakes come
 * along only when the person approved that feed as a recipient of their reports; else its hotlines only.
 */
export async function activeContacts(): Promise<Contact[][]> {
  return (await activeRecords(Date.now())).map(({ sub, record }) =>
    (record.meta.contacts ?? []).map(({ intake, ...contact }) =>
      sub.reportsTo && intake ? { ...contact, intake } : contact,
    ),
  );
}
