import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import type { FeedError } from "./feed/errors";
import type { Feed, Warning } from "./feed/schema";
import type { CompactIndex } from "./matching/compact-index";
import { chunkWarnings, WARNINGS_PER_CHUNK } from "./matching/warning-text";
import type { OutboxEntry, OutboxStatus } from "./reports/outbox-entry";
import type { Sweep, SweepItem } from "./sweep/schema";

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

interface SoiHangDB extends DBSchema {
  feeds: { key: string; value: StoredFeed };
  feedIndex: { key: string; value: { url: string; index: CompactIndex } };
  feedText: { key: [string, number]; value: FeedTextChunk };
  outbox: {
    key: string;
    value: OutboxEntry;
    indexes: {
      status: OutboxStatus;
      /** Queued entries in the order they fall due, so a backlog is read a batch at a time. */
      due: [OutboxStatus, number];
      listingKey: string;
      createdAt: string;
      /** When the background queued each entry (its own clock): the rate limit counts by this. */
      queuedAt: number;
      /** Staff cases by the sweep they came from. */
      sweepId: string;
    };
  };
  sweeps: { key: string; value: Sweep };
  sweepItems: {
    key: [string, string];
    value: SweepItem;
    /** A sweep's listings in the order they last changed: the side panel reads only what changed. */
    indexes: { changed: [string, number] };
  };
}

export const DB_NAME = "soi-hang";
const DB_VERSION = 6;

let dbPromise: Promise<IDBPDatabase<SoiHangDB>> | undefined;

/** One connection per context; migrations are numbered and only ever appended. */
export function getDb(): Promise<IDBPDatabase<SoiHangDB>> {
  dbPromise ??= openDB<SoiHangDB>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore("feeds", { keyPath: "url" });
        db.createObjectStore("outbox", { keyPath: "id" }).createIndex("status", "status");
      }
      if (oldVersion < 2) {
        db.createObjectStore("feedIndex", { keyPath: "url" });
        // Version 1 kept the text inside the index; those copies are synced again rather than split.
        if (oldVersion === 1) transaction.objectStore("feeds").clear();
      }
      if (oldVersion === 2) {
        // Version 2 kept each feed's text as one string of JSON lines: rewritten in chunks, so no list is lost.
        const untyped = transaction as unknown as IDBPTransaction<unknown, string[], "versionchange">;
        const old = (await untyped.objectStore("feedText").getAll()) as { url: string; warnings: string }[];
        db.deleteObjectStore("feedText");
        const store = db.createObjectStore("feedText", { keyPath: ["url", "chunk"] });
        for (const { url, warnings } of old) {
          const list = warnings === "" ? [] : warnings.split("\n").map((line) => JSON.parse(line) as Warning);
          chunkWarnings(list).forEach((text, chunk) => void store.put({ url, chunk, text }));
        }
        const indexes = transaction.objectStore("feedIndex");
        for (const record of await indexes.getAll())
          await indexes.put({ ...record, index: { ...record.index, chunkSize: WARNINGS_PER_CHUNK } });
      } else if (oldVersion < 3) {
        db.createObjectStore("feedText", { keyPath: ["url", "chunk"] });
      }
      if (oldVersion < 4) {
        const outbox = transaction.objectStore("outbox");
        outbox.createIndex("due", ["status", "nextAttemptAt"]);
        outbox.createIndex("listingKey", "report.listing.key");
        outbox.createIndex("createdAt", "report.createdAt");
      }
      if (oldVersion < 5) {
        transaction.objectStore("outbox").createIndex("sweepId", "report.sweep.id");
        db.createObjectStore("sweeps", { keyPath: "id" });
        db.createObjectStore("sweepItems", { keyPath: ["sweepId", "key"] }).createIndex("changed", [
          "sweepId",
          "changedAt",
        ]);
      }
      if (oldVersion < 6) transaction.objectStore("outbox").createIndex("queuedAt", "queuedAt");
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
