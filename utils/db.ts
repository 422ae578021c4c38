import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { FeedError } from "./feed/errors";
import type { Feed } from "./feed/schema";
import type { CompactIndex } from "./matching/compact-index";
import type { OutboxEntry, OutboxStatus } from "./reports/schema";

/** A feed's own fields, without its warnings (those are in the compact index). */
export type FeedMeta = Omit<Feed, "warnings" | "platforms"> & { warningCount: number };

/**
 * The last good feed from one URL (absent until one verifies) as its own fields, and how the latest attempt
 * went. Small on purpose: status pages read it often. Its match index and warnings' text are stored apart
 * (`feedIndex`, `feedText`), all three written in one transaction.
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

/** The warnings' text of a stored feed, apart from its index so that a starting worker does not read it. */
export interface FeedText {
  url: string;
  warnings: string;
  offsets: Uint32Array;
}

interface SoiHangDB extends DBSchema {
  feeds: { key: string; value: StoredFeed };
  feedIndex: { key: string; value: { url: string; index: CompactIndex } };
  feedText: { key: string; value: FeedText };
  outbox: { key: string; value: OutboxEntry; indexes: { status: OutboxStatus } };
}

export const DB_NAME = "soi-hang";
const DB_VERSION = 2;

let dbPromise: Promise<IDBPDatabase<SoiHangDB>> | undefined;

/** One connection per context; migrations are numbered and only ever appended. */
export function getDb(): Promise<IDBPDatabase<SoiHangDB>> {
  dbPromise ??= openDB<SoiHangDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore("feeds", { keyPath: "url" });
        db.createObjectStore("outbox", { keyPath: "id" }).createIndex("status", "status");
      }
      if (oldVersion < 2) {
        db.createObjectStore("feedIndex", { keyPath: "url" });
        db.createObjectStore("feedText", { keyPath: "url" });
        // Version 1 kept the text inside the index; those copies are synced again rather than split.
        if (oldVersion === 1) transaction.objectStore("feeds").clear();
      }
    },
  });
  return dbPromise;
}

/** For tests that delete the database between cases. */
export async function closeDb(): Promise<void> {
  if (!dbPromise) return;
  (await dbPromise).close();
  dbPromise = undefined;
}
