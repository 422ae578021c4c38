// Part of `npm run bench` (`--only=guides`): what naming a listing's guides to genuine goods costs per listing.
import { readFileSync } from "node:fs";
import { type Feed, FeedSchema, type Guide } from "../utils/feed/schema";
import { compileIndex } from "../utils/matching/compile-index";
import type { CompiledIndex } from "../utils/matching/compiled-index";
import { matchListing } from "../utils/matching/match";
import type { Listing } from "../utils/sites/listing";
import { fmt, median, verdictLine } from "./bench-report";

/** The bundled sample's guides, and synthetic ones up to `count`, each with goods words of its own. */
function guides(count: number): Guide[] {
  const sample = FeedSchema.parse(JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8"))).guides;
  const base = sample[0] as Guide;
  const extra = Array.from({ length: count - sample.length }, (_, i) => ({
    ...base,
    id: `synthetic-${i}`,
    title: { vi: `Nhóm hàng ${i}` },
    terms: [`mặt hàng mẫu ${i}`, `hàng mẫu số ${i} loại a`],
    unless: [],
  }));
  return [...sample, ...extra];
}

/** Median µs per listing over batches of 1,000, best of five passes after a warm-up pass. */
function usPerListing(listings: readonly Listing[], index: CompiledIndex): number {
  const now = Date.now();
  for (const l of listings) matchListing(l, index, now);
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const perListing: number[] = [];
    for (let i = 0; i < listings.length; i += 1000) {
      const batch = listings.slice(i, i + 1000);
      const start = performance.now();
      for (const l of batch) matchListing(l, index, now);
      perListing.push(((performance.now() - start) * 1000) / batch.length);
    }
    passes.push(median(perListing));
  }
  return Math.min(...passes);
}

/**
 * The same listings matched against the same 100,000 warnings with and without 100 guides (the sample's four and
 * synthetic ones), in turn, three rounds: the difference of the best rounds is what guides add.
 */
export function benchGuides(feed: Feed, sets: { name: string; listings: readonly Listing[] }[]): void {
  console.log("\nGuides to genuine goods (100,000 warnings; 100 guides, the sample feed's among them)");
  const plain = compileIndex([feed]);
  const guided = compileIndex([{ ...feed, guides: guides(100) }]);
  for (const { name, listings } of sets) {
    const without: number[] = [];
    const withGuides: number[] = [];
    for (let round = 0; round < 3; round++) {
      without.push(usPerListing(listings, plain));
      withGuides.push(usPerListing(listings, guided));
    }
    const named = listings.filter((l) => matchListing(l, guided, Date.now()).guides).length;
    const added = Math.min(...withGuides) - Math.min(...without);
    verdictLine(`guide lookup added per listing, ${name}`, `${fmt(added, 2)} µs`, "< 0.5 µs", added < 0.5);
    console.log(
      `    without guides ${fmt(Math.min(...without))} µs, with ${fmt(Math.min(...withGuides))} µs; ` +
        `${named} of ${listings.length} listings named a guide`,
    );
  }
}
