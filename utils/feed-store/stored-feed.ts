import type { FeedError } from "../feed/errors";
import type { Feed } from "../feed/schema";
import type { CompactIndex } from "../matching/compact-index";

/** A feed's own fields, without its warnings (those are in the compact index). */
export type FeedMeta = Omit<Feed, "warnings" | "platforms"> & { warningCount: number };

/**
 * The last good feed from one URL (absent until one verifies) as its own fields, and how the latest attempt
 * went. Small on purpose: status pages read it often. Its match index and warnings' text are stored apart
 * (`feedIndex`, `feedText` in chunks), all written in one transaction.
 */
export interface StoredFeed {
  url: string;
  meta?: FeedMeta;
  keyId?: string;
  syncedAt?: number;
  lastAttemptAt: number;
  lastError?: { error: FeedError; detail: string; at: number };
  /** HTTP validators of the last download, for conditional requests. */
  etag?: string;
  lastModified?: string;
  /** Failed attempts in a row, and when the background may try again (exponential backoff). */
  failures?: number;
  retryAt?: number;
}

/**
 * One chunk of a stored feed's warnings (UTF-8 JSON, see matching/warning-text.ts), apart from its index so
 * that a starting worker reads none of them and a first match reads one.
 */
export interface FeedTextChunk {
  url: string;
  chunk: number;
  text: Uint8Array;
}

declare module "../db" {
  interface SoiHangDB {
    feeds: { key: string; value: StoredFeed };
    feedIndex: { key: string; value: { url: string; index: CompactIndex } };
    feedText: { key: [string, number]; value: FeedTextChunk };
  }
}
