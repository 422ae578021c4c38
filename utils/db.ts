import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import type { Warning } from "./feed/schema";
import { chunkWarnings, WARNINGS_PER_CHUNK } from "./matching/warning-text";

/**
 * The extension's one IndexedDB database. This file owns the connection and the numbered migrations; each
 * store is declared by the part that owns it, next to the code that reads it (`declare module "../db"`):
 * feed-store/stored-feed.ts (feeds, feedIndex, feedText), delivery/outbox.ts (outbox), sweep/store.ts (sweeps,
 * sweepItems). So this file imports none of them, and they all stand on it.
 */
export interface SoiHangDB extends DBSchema {}

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
