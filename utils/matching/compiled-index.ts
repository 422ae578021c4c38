import type { Guide, PlatformEntry } from "../feed/schema";
import type { Platform } from "../sites/listing";
import type { IndexedWarning } from "./indexed-warning";
import type { Heuristics } from "./rules/heuristics";

/** Warnings by an identity key; backed by the stored hash tables. */
export interface KeyLookup {
  get(key: string): readonly IndexedWarning[] | undefined;
}

/** A domain the browser blocks before any request: `[domainKey, in force from, until]` (ms; 0 when open). */
export type BlockedDomain = [domain: string, from: number, until: number];

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
  /** The feeds' guides to genuine goods by id, the first feed's entry winning. */
  guides: Map<string, Guide>;
  /** The high-severity domain warnings of every feed, for the browser's blocking rules. */
  blockedDomains: BlockedDomain[];
  /**
   * The feeds' brands and signals with the built-in ones, for the heuristic rules; its title phrases also
   * carry the product warnings, under their brand names.
   */
  heuristics: Heuristics;
}
