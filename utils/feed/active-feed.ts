import { browser } from "wxt/browser";
import { BUNDLED_FEED_PATH, TRUSTED_FEED_KEYS } from "../config";
import { getDb, type StoredFeed } from "../db";
import { type CompiledIndex, compileIndex } from "../matching/compiled-index";
import type { FeedStatus } from "../messages";
import { loadSettings } from "../settings";
import { syncFeed } from "./sync";

export function bundledFeedUrl(): string {
  return browser.runtime.getURL(BUNDLED_FEED_PATH);
}

async function configuredUrl(): Promise<string> {
  return (await loadSettings()).feedUrl || bundledFeedUrl();
}

/** The configured feed if one good copy is held, else the bundled one: never no list because a URL failed. */
async function activeRecord(): Promise<StoredFeed | undefined> {
  const db = await getDb();
  const configured = await db.get("feeds", await configuredUrl());
  if (configured?.feed) return configured;
  return (await db.get("feeds", bundledFeedUrl())) ?? configured;
}

let cached: { stamp: string; index: CompiledIndex } | undefined;

export async function activeIndex(): Promise<CompiledIndex> {
  const record = await activeRecord();
  const feed = record?.feed;
  const stamp = feed ? `${record.url}#${feed.serial}#${record.syncedAt}` : "empty";
  if (cached?.stamp !== stamp) cached = { stamp, index: compileIndex(feed ? [feed] : []) };
  return cached.index;
}

export async function activeFeed() {
  return (await activeRecord())?.feed;
}

/** Syncs the configured feed, and the bundled one first when nothing is held yet (a first install). */
export async function refreshFeeds(): Promise<void> {
  const db = await getDb();
  const bundled = bundledFeedUrl();
  const url = await configuredUrl();
  if (url !== bundled && !(await db.get("feeds", bundled))?.feed) await syncFeed(bundled, TRUSTED_FEED_KEYS);
  await syncFeed(url, TRUSTED_FEED_KEYS);
}

export async function feedStatus(): Promise<FeedStatus | undefined> {
  const url = await configuredUrl();
  const db = await getDb();
  const configured = await db.get("feeds", url);
  const active = await activeRecord();
  if (!active && !configured) return undefined;
  const feed = active?.feed;
  return {
    url,
    bundled: url === bundledFeedUrl(),
    publisher: feed?.publisher.name,
    serial: feed?.serial,
    sample: feed?.sample ?? false,
    syncedAt: active?.syncedAt,
    expires: feed?.expires,
    warnings: feed?.warnings.length ?? 0,
    lastError: configured?.lastError,
  };
}

/** Before the first verdict after install, wait for the bundled list rather than answer "nothing known". */
export async function ensureFeed(): Promise<void> {
  if (!(await activeRecord())?.feed) await refreshFeeds();
}
