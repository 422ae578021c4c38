// The worker's memory for what it keeps of the feeds in force: the stored index as read back from IndexedDB and
// what matching builds from it, for the 100,000-warning feed and for the largest term lists a feed may carry.
// Measured in this Node process (the same V8, the same code the worker runs), with a forced collection before
// each reading.
import { deserialize, serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { FEED_LIMITS, type Feed, FeedSchema } from "../utils/feed/schema";
import { compactFeed, expandIndexes } from "../utils/matching/compact-index";
import type { CompiledIndex } from "../utils/matching/compiled-index";
import { foldTokens } from "../utils/matching/normalize";
import { WarningText } from "../utils/matching/warning-text";
import { fmt, verdictLine } from "./bench-report";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapMb(): number {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1024 / 1024;
}

/** The heap a worker holds for `feed` once its stored index is read back and expanded (MB), and its stored size. */
function workerHeap(feed: Feed): { mb: number; storedMb: number; keep: CompiledIndex } {
  const stored = serialize(compactFeed(feed).index);
  const before = heapMb();
  const index = deserialize(stored);
  const keep = expandIndexes([{ index, text: new WarningText(500, async () => undefined) }]);
  return { mb: heapMb() - before, storedMb: stored.length / 1024 / 1024, keep };
}

const SYLLABLES = [
  "máy",
  "xông",
  "hoa",
  "quả",
  "tinh",
  "dầu",
  "nước",
  "ép",
  "thuốc",
  "lá",
  "điện",
  "tử",
  "pod",
];

/** `count` distinct terms of `length` characters, Vietnamese-looking (synthetic). */
function longTerms(count: number, length: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let term = `${i.toString(36)} `;
    for (let j = 0; term.length < length; j++) term += `${SYLLABLES[(i * 7 + j * 3) % SYLLABLES.length]} `;
    return term.slice(0, length).trim();
  });
}

/** What keeping every prefix of every term (the index before its prefixes were bounded) costs on its own. */
function everyPrefixHeap(terms: readonly string[]): number {
  const before = heapMb();
  const prefixes = new Set<string>();
  for (const term of terms) {
    const squashed = foldTokens(term).join("");
    for (let i = 1; i <= squashed.length; i++) prefixes.add(squashed.slice(0, i));
  }
  const mb = heapMb() - before;
  if (prefixes.size === 0) console.log("    (no prefixes)");
  return mb;
}

export function benchMemory(syntheticFeed: (count: number) => Feed): void {
  console.log("\nWorker memory for the feeds in force (V8 heap after a forced collection; synthetic feeds)");
  const big = workerHeap(syntheticFeed(100_000));
  verdictLine(
    `heap for the index of a 100,000-warning feed (stored ${fmt(big.storedMb, 1)} MB)`,
    `${fmt(big.mb, 1)} MB`,
    "< 32 MB",
    big.mb < 32,
  );
  const base = {
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: "bench-terms", name: { vi: "bench" } },
    serial: 1,
    issued: "2026-01-01T00:00:00Z",
    expires: "2030-01-01T00:00:00Z",
  };
  const perEntry = FEED_LIMITS.terms / FEED_LIMITS.prohibited;
  const terms = longTerms(FEED_LIMITS.terms, 100);
  const prohibited = Array.from({ length: FEED_LIMITS.prohibited }, (_, i) => ({
    terms: terms.slice(i * perEntry, (i + 1) * perEntry),
  }));
  const worst = workerHeap(FeedSchema.parse({ ...base, signals: { prohibited } }));
  verdictLine(
    `the largest term lists a feed may carry (${FEED_LIMITS.terms.toLocaleString("en")} terms of 100 chars)`,
    `${fmt(worst.mb, 1)} MB`,
    "< 32 MB",
    worst.mb < 32,
  );
  const prefixes = everyPrefixHeap(terms);
  console.log(
    `    baseline: every prefix of those terms kept, as before (the prefix set alone): ${fmt(prefixes, 1)} MB`,
  );
  if (!big.keep || !worst.keep) throw new Error("nothing kept");
}
