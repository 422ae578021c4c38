import type { Feed, PlatformEntry, Warning } from "../feed/schema";
import type { Platform } from "../sites/listing";
import { foldTokens } from "./normalize";

export interface IndexedWarning {
  warning: Warning;
  feedId: string;
  sample: boolean;
}

export interface ProductRule extends IndexedWarning {
  /** The brand name or alias as folded tokens; it must appear whole in the title. */
  brand: string[];
  /** Each term as folded tokens; all must appear in the title. */
  terms: string[][];
}

/** Everything matching needs, keyed for O(1) lookups per listing. Rebuilt whenever the feeds change. */
export interface CompiledIndex {
  bySeller: Map<string, IndexedWarning[]>;
  byListing: Map<string, IndexedWarning[]>;
  /** First folded token of a brand name or alias → product warnings for that brand. */
  byBrandToken: Map<string, ProductRule[]>;
  platforms: Map<Platform, PlatformEntry>;
  officialSellers: Set<string>;
  feeds: string[];
}

export const sellerKey = (platform: string, sellerId: string): string => `${platform}:${sellerId}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileIndex(feeds: readonly Feed[]): CompiledIndex {
  const index: CompiledIndex = {
    bySeller: new Map(),
    byListing: new Map(),
    byBrandToken: new Map(),
    platforms: new Map(),
    officialSellers: new Set(),
    feeds: [],
  };
  for (const feed of feeds) {
    const feedId = `${feed.publisher.id}@${feed.serial}`;
    index.feeds.push(feedId);
    const aliasesByBrand = new Map(feed.brands.map((b) => [b.name, [b.name, ...b.aliases]]));
    for (const warning of feed.warnings) {
      const entry = { warning, feedId, sample: feed.sample };
      const target = warning.target;
      if (target.kind === "seller") push(index.bySeller, sellerKey(target.platform, target.sellerId), entry);
      else if (target.kind === "listing") push(index.byListing, target.key, entry);
      else if (target.kind === "product") {
        const terms = target.terms.map(foldTokens).filter((t) => t.length > 0);
        for (const name of aliasesByBrand.get(target.brand) ?? [target.brand]) {
          const brand = foldTokens(name);
          // A brand name under three letters would match ordinary words ("Vi", "Ok"); such rules need a GTIN.
          if (brand[0] && brand.join("").length >= 3)
            push(index.byBrandToken, brand[0], { ...entry, brand, terms });
        }
      }
    }
    for (const platform of feed.platforms)
      if (!index.platforms.has(platform.id)) index.platforms.set(platform.id, platform);
    for (const brand of feed.brands) {
      for (const seller of brand.officialSellers)
        index.officialSellers.add(sellerKey(seller.platform, seller.sellerId));
    }
  }
  return index;
}
