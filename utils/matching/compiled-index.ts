import type { Feed, PlatformEntry, Warning } from "../feed/schema";
import type { Platform } from "../sites/listing";
import { compactFeed, expandIndexes } from "./compact-index";
import type { Heuristics } from "./rules/heuristics";
import { WarningText } from "./warning-text";

export { gtinKey, sellerKey, shopKey } from "./compact-index";

export interface IndexedWarning {
  readonly warning: Warning;
  readonly feedId: string;
  readonly sample: boolean;
}

/** A product warning by brand and terms, filed in the title phrases under the brand's name or alias. */
export interface ProductRule {
  hit: IndexedWarning;
  /** Each term as folded tokens; all must appear in the title. */
  terms: string[][];
}

/** Warnings by an identity key; backed by the stored hash tables. */
export interface KeyLookup {
  get(key: string): readonly IndexedWarning[] | undefined;
}

/** Everything matching needs, keyed for O(1) lookups per listing. Rebuilt whenever the feeds change. */
export interface CompiledIndex {
  bySeller: KeyLookup;
  byListing: KeyLookup;
  byDomain: KeyLookup;
  byShop: KeyLookup;
  byGtin: KeyLookup;
  platforms: Map<Platform, PlatformEntry>;
  officialSellers: Set<string>;
  feeds: string[];
  /**
   * The feeds' brands and signals with the built-in ones, for the heuristic rules; its title phrases also
   * carry the product warnings, under their brand names.
   */
  heuristics: Heuristics;
}

/** The index of whole feeds in memory, through the same compact form the extension stores. */
export function compileIndex(feeds: readonly Feed[]): CompiledIndex {
  return expandIndexes(
    feeds.map((feed) => ({ index: compactFeed(feed).index, text: WarningText.of(feed.warnings) })),
  );
}
