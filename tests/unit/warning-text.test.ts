import "fake-indexeddb/auto";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME, getDb } from "../../utils/db";
import { warningRanges } from "../../utils/feed/raw-warnings";
import { type Feed, FeedSchema, type Warning } from "../../utils/feed/schema";
import { compactFeed, expandIndexes } from "../../utils/matching/compact-index";
import { matchListings } from "../../utils/matching/match";
import {
  chunkSignedWarnings,
  chunkWarnings,
  readChunk,
  WarningText,
} from "../../utils/matching/warning-text";
import type { Listing } from "../../utils/sites/listing";

const warning = (i: number): Warning => ({
  id: `w${i}`,
  target: { kind: "seller", platform: "shopee", sellerId: String(i) },
  severity: "high",
  category: "counterfeit",
  reason: { vi: `Cảnh báo số ${i} — “hàng giả”` },
  source: { authority: { vi: "Cơ quan thử" } },
});

const feed: Feed = FeedSchema.parse({
  format: "soi-hang-feed",
  version: 1,
  publisher: { id: "t", name: { vi: "Thử" } },
  serial: 1,
  issued: "2026-01-01T00:00:00Z",
  expires: "2030-01-01T00:00:00Z",
  warnings: Array.from({ length: 25 }, (_, i) => warning(i)),
});

const seller = (id: number): Listing => ({
  platform: "shopee",
  key: `shopee:${id}:1`,
  url: `https://shopee.vn/x-i.${id}.1`,
  title: "Áo",
  pageKind: "search",
  sellerId: String(id),
});

describe("warnings' text read a chunk at a time", () => {
  it("reads only the chunks the matched warnings live in, each once, and matches as if all were in memory", async () => {
    const chunks = chunkWarnings(feed.warnings, 4);
    const reads: number[] = [];
    const text = new WarningText(4, async (chunk) => {
      reads.push(chunk);
      return chunks[chunk];
    });
    const stored = expandIndexes([{ index: { ...compactFeed(feed).index, chunkSize: 4 }, text }]);
    const inMemory = expandIndexes([{ index: compactFeed(feed).index, text: WarningText.of(feed.warnings) }]);
    const batch = [seller(1), seller(2), seller(13), seller(99), seller(24)];

    const verdicts = await matchListings(batch, stored, 0);
    expect(verdicts).toEqual(await matchListings(batch, inMemory, 0));
    expect(verdicts.map((v) => v.level)).toEqual(["danger", "danger", "danger", "none", "danger"]);
    expect(verdicts[2]?.reasons[0]?.text.vi).toBe("Cảnh báo số 13 — “hàng giả”");
    expect(reads.sort((a, b) => a - b)).toEqual([0, 3, 6]);

    await matchListings(batch, stored, 0);
    expect(reads).toHaveLength(3);
  });

  it("says which chunk is missing from a broken copy instead of waiting forever", async () => {
    const text = new WarningText(4, async () => undefined);
    const index = expandIndexes([{ index: { ...compactFeed(feed).index, chunkSize: 4 }, text }]);
    await expect(matchListings([seller(5)], index, 0)).rejects.toThrow("chunk 1 is missing");
  });
});

describe("warnings cut from the signed bytes", () => {
  // Text that looks like JSON structure, escapes and Vietnamese, where a naive cut would go wrong.
  const hostile = fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom('"warnings": [', '\\"}]', "{[", "Hàng giả “rep 1:1”", "\u2028", "a\\"),
  );
  const warningInput = fc.record(
    {
      id: hostile,
      target: fc.oneof(
        fc.record({ kind: fc.constant("seller"), platform: fc.constant("shopee"), sellerId: hostile }),
        // `terms` left out: the schema's default must come back on read.
        fc.record({ kind: fc.constant("product"), brand: hostile }),
      ),
      severity: fc.constantFrom("high", "low"),
      category: fc.constant("counterfeit"),
      reason: fc.record({ vi: hostile }),
      source: fc.record({ authority: fc.record({ vi: hostile }) }),
      // A field this version does not know: dropped on read, as the parser dropped it.
      extra: fc.option(fc.array(hostile, { maxLength: 2 }), { nil: undefined }),
    },
    { requiredKeys: ["id", "target", "severity", "category", "reason", "source"] },
  );

  it("read back exactly as the validated feed, whatever the layout and the text inside", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(warningInput, { selector: (w) => w.id, maxLength: 12 }),
        fc.constantFrom(undefined, 2, "\t"),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (warnings, indent, warningsFirst, size) => {
          const head = { format: "soi-hang-feed", version: 1, publisher: { id: "p", name: { vi: "P" } } };
          const tail = {
            serial: 1,
            issued: "2026-01-01T00:00:00Z",
            expires: "2030-01-01T00:00:00Z",
            notice: { vi: '"warnings": [{"id": "decoy"}]' },
          };
          const input = warningsFirst ? { warnings, ...head, ...tail } : { ...head, ...tail, warnings };
          const bytes = new TextEncoder().encode(JSON.stringify(input, null, indent));
          const feed = FeedSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
          const ranges = warningRanges(bytes);
          if (!ranges) throw new Error("no warnings array found");
          const chunks = chunkSignedWarnings(bytes, ranges, feed.warnings, size);
          if (!chunks) throw new Error("the cut did not line up");
          expect(chunks).toHaveLength(Math.ceil(feed.warnings.length / size));
          expect(chunks.flatMap(readChunk)).toEqual(feed.warnings);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the last warnings array, as JSON.parse keeps the last duplicate key", () => {
    const text = `{"warnings":[{"id":"first"}],"x":1,"warnings":[{"id":"a"},{"id":"b"}]}`;
    const bytes = new TextEncoder().encode(text);
    const ranges = warningRanges(bytes);
    expect(ranges?.starts.map((s, i) => text.slice(s, ranges.ends[i]))).toEqual(['{"id":"a"}', '{"id":"b"}']);
  });
});

describe("database version 3", () => {
  afterEach(async () => {
    await closeDb();
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = resolve;
    });
  });

  it("rewrites a version 2 copy's text lines in chunks: the held list survives the upgrade", async () => {
    const url = "https://feeds.example/list.json";
    const { index } = compactFeed(feed);
    const { chunkSize: _, ...v2Index } = index;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 2);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore("feeds", { keyPath: "url" });
        db.createObjectStore("outbox", { keyPath: "id" }).createIndex("status", "status");
        db.createObjectStore("feedIndex", { keyPath: "url" }).put({ url, index: v2Index });
        db.createObjectStore("feedText", { keyPath: "url" }).put({
          url,
          warnings: feed.warnings.map((w) => JSON.stringify(w)).join("\n"),
          offsets: new Uint32Array(1),
        });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });

    const db = await getDb();
    const chunks = await db.getAll("feedText", IDBKeyRange.bound([url, 0], [url, 1e9]));
    const stored = await db.get("feedIndex", url);
    if (!stored) throw new Error("the index did not survive the upgrade");
    const size = stored.index.chunkSize;
    expect(size).toBeGreaterThan(0);
    expect(chunks).toHaveLength(Math.ceil(feed.warnings.length / size));
    const text = new WarningText(size, async (chunk) => chunks[chunk]?.text);
    const verdicts = await matchListings([seller(24)], expandIndexes([{ index: stored.index, text }]), 0);
    expect(verdicts[0]?.reasons[0]?.text.vi).toBe("Cảnh báo số 24 — “hàng giả”");
  });
});
