import type { Feed, PlatformEntry, Warning } from "../feed/schema";
import type { CompiledIndex, IndexedWarning, ProductRule } from "./compiled-index";
import { foldTokens } from "./normalize";

/**
 * One feed's match index in the form it is stored in: a handful of large strings and typed arrays, which
 * IndexedDB copies in one go, instead of 100,000 nested objects. Built once when a feed is synced; a cold
 * service worker turns it back into maps in tens of milliseconds. Warnings stay as JSON lines until one matches.
 */
export interface CompactIndex {
  /** `<publisher id>@<serial>`. */
  feedId: string;
  sample: boolean;
  /** Identity keys, "\n"-joined: `s <platform>:<seller id>` or `l <listing key>`, aligned with `refs`. */
  keys: string;
  /** For each key, the index of its warning. */
  refs: Uint32Array;
  /** JSON of `[warning index, brand tokens, terms as tokens][]`, already folded. */
  products: string;
  /** Every warning as one JSON line, in feed order. */
  warnings: string;
  /** Start of each warning's line in `warnings`, plus the end. */
  offsets: Uint32Array;
  platforms: PlatformEntry[];
  officialSellers: string[];
}

export const sellerKey = (platform: string, sellerId: string): string => `${platform}:${sellerId}`;

export function compactFeed(feed: Feed): CompactIndex {
  const keys: string[] = [];
  const refs: number[] = [];
  const products: [number, string[], string[][]][] = [];
  const aliases = new Map(feed.brands.map((b) => [b.name, [b.name, ...b.aliases]]));
  const lines: string[] = [];
  const offsets = new Uint32Array(feed.warnings.length + 1);
  let offset = 0;
  feed.warnings.forEach((warning, i) => {
    const line = JSON.stringify(warning);
    lines.push(line);
    offsets[i] = offset;
    offset += line.length + 1;
    const target = warning.target;
    if (target.kind === "seller") {
      keys.push(`s ${sellerKey(target.platform, target.sellerId)}`);
      refs.push(i);
    } else if (target.kind === "listing") {
      keys.push(`l ${target.key}`);
      refs.push(i);
    } else if (target.kind === "product") {
      const terms = target.terms.map(foldTokens).filter((t) => t.length > 0);
      for (const name of aliases.get(target.brand) ?? [target.brand]) {
        const brand = foldTokens(name);
        // A brand name under three letters would match ordinary words ("Vi", "Ok"); such rules need a GTIN.
        if (brand[0] && brand.join("").length >= 3) products.push([i, brand, terms]);
      }
    }
  });
  offsets[feed.warnings.length] = offset;
  return {
    feedId: `${feed.publisher.id}@${feed.serial}`,
    sample: feed.sample,
    keys: keys.join("\n"),
    refs: Uint32Array.from(refs),
    products: JSON.stringify(products),
    warnings: lines.join("\n"),
    offsets,
    platforms: feed.platforms,
    officialSellers: feed.brands.flatMap((b) =>
      b.officialSellers.map((s) => sellerKey(s.platform, s.sellerId)),
    ),
  };
}

/** A warning known by its position; parsed from its JSON line the first time something reads it. */
class StoredWarning implements IndexedWarning {
  private parsed: Warning | undefined;
  constructor(
    private readonly source: CompactIndex,
    private readonly at: number,
    readonly feedId: string,
    readonly sample: boolean,
  ) {}
  get warning(): Warning {
    this.parsed ??= JSON.parse(
      this.source.warnings.slice(this.source.offsets[this.at], (this.source.offsets[this.at + 1] ?? 0) - 1),
    ) as Warning;
    return this.parsed;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Merges the stored indexes of every feed in force, in subscription order: warnings add up; a platform's
 * entry comes from the first feed that has one; official sellers add up.
 */
export function expandIndexes(compacts: readonly CompactIndex[]): CompiledIndex {
  const index: CompiledIndex = {
    bySeller: new Map(),
    byListing: new Map(),
    byBrandToken: new Map(),
    platforms: new Map(),
    officialSellers: new Set(),
    feeds: [],
  };
  for (const c of compacts) {
    index.feeds.push(c.feedId);
    const warnings = new Map<number, StoredWarning>();
    const at = (i: number) => {
      let w = warnings.get(i);
      if (!w) {
        w = new StoredWarning(c, i, c.feedId, c.sample);
        warnings.set(i, w);
      }
      return w;
    };
    const keys = c.keys === "" ? [] : c.keys.split("\n");
    keys.forEach((key, k) => {
      const ref = at(c.refs[k] ?? 0);
      if (key.startsWith("s ")) push(index.bySeller, key.slice(2), ref);
      else push(index.byListing, key.slice(2), ref);
    });
    for (const [i, brand, terms] of JSON.parse(c.products) as [number, string[], string[][]][]) {
      const rule: ProductRule = { hit: at(i), brand, terms };
      if (brand[0]) push(index.byBrandToken, brand[0], rule);
    }
    for (const platform of c.platforms)
      if (!index.platforms.has(platform.id)) index.platforms.set(platform.id, platform);
    for (const seller of c.officialSellers) index.officialSellers.add(seller);
  }
  return index;
}
