import { warningRanges } from "../feed/raw-warnings";
import type { Brand, Feed, Guide, PlatformEntry, Signals, Warning } from "../feed/schema";
import { warnedDomainKey } from "../feed/warned-domain";
import type { BlockedDomain, CompiledIndex } from "./compiled-index";
import { gtinKey, sellerKey, shopKey } from "./index-keys";
import type { IndexedWarning, ProductRule } from "./indexed-warning";
import { foldText, splitWords } from "./normalize";
import { addProductRule, compileHeuristics } from "./rules/heuristics";
import { chunkSignedWarnings, chunkWarnings, WARNINGS_PER_CHUNK, type WarningText } from "./warning-text";

/**
 * One feed's match index in the form it is stored in: a handful of large strings and typed arrays, which
 * IndexedDB copies in one go, instead of 100,000 nested objects. Built once when a feed is synced; a cold
 * service worker reads it in place. The warnings' text is stored apart, in chunks, until one matches.
 */
export interface CompactIndex {
  /** `<publisher id>@<serial>`. */
  feedId: string;
  sample: boolean;
  /**
   * Identity keys, "\n"-joined, aligned with `refs`: `s <platform>:<seller id>`, `l <listing key>`,
   * `d <domain>`, `u <shop address>` (see shopKey) or `g <GTIN as 14 digits>`.
   */
  keys: string;
  /** Start of each key in `keys`, plus the end. */
  keyOffsets: Uint32Array;
  /** For each key, the index of its warning. */
  refs: Uint32Array;
  /** Open-addressing hash table over the keys (slot = key number + 1, 0 = empty), built at sync time. */
  slots: Uint32Array;
  /** JSON of `[warning index, brand tokens, terms as tokens][]`, already folded. */
  products: string;
  /** Warnings per stored text chunk (see warning-text.ts). */
  chunkSize: number;
  platforms: PlatformEntry[];
  officialSellers: string[];
  /** The feed's brands and signals for the heuristic rules (absent in indexes stored before they existed). */
  brands?: Brand[];
  signals?: Signals;
  /** The feed's guides to genuine goods (absent when it has none, and in indexes stored before they existed). */
  guides?: Guide[];
  /**
   * The domains of high-severity domain warnings, with when each is in force (ms; 0 when open), for the
   * browser's own blocking rules (absent when there are none, and in indexes stored before they existed).
   */
  blocked?: BlockedDomain[];
}

/**
 * A feed's stored form: its index, and its warnings' text in chunks (stored apart, read on first use), cut
 * from `signedBytes` when the feed was just downloaded.
 */
export function compactFeed(
  feed: Feed,
  signedBytes?: Uint8Array,
): { index: CompactIndex; text: Uint8Array[] } {
  const keys: string[] = [];
  const refs: number[] = [];
  const products: [number, string[], string[][]][] = [];
  const blocked: BlockedDomain[] = [];
  const aliases = new Map(feed.brands.map((b) => [b.name, [b.name, ...b.aliases]]));
  feed.warnings.forEach((warning, i) => {
    const target = warning.target;
    if (target.kind === "seller") {
      keys.push(`s ${sellerKey(target.platform, target.sellerId)}`);
      refs.push(i);
    } else if (target.kind === "listing") {
      keys.push(`l ${target.key}`);
      refs.push(i);
    } else if (target.kind === "domain") {
      const domain = warnedDomainKey(target.domain);
      if (domain) {
        keys.push(`d ${domain}`);
        refs.push(i);
        if (warning.severity === "high")
          blocked.push([domain, msOrOpen(warning.validFrom), msOrOpen(warning.validUntil)]);
      }
    } else if (target.kind === "shop") {
      const key = shopKey(target.url);
      if (key) {
        keys.push(`u ${key}`);
        refs.push(i);
      }
    } else if (target.kind === "product") {
      if (target.gtin) {
        keys.push(`g ${gtinKey(target.gtin)}`);
        refs.push(i);
      }
      const terms = target.terms.map(keptTokens).filter((t) => t.length > 0);
      for (const name of aliases.get(target.brand) ?? [target.brand]) {
        const brand = keptTokens(name);
        // A brand name under three letters would match ordinary words ("Vi", "Ok"); such rules need a GTIN.
        if (brand[0] && brand.join("").length >= 3) products.push([i, brand, terms]);
      }
    }
  });
  const keyOffsets = new Uint32Array(keys.length + 1);
  for (let k = 0, at = 0; k <= keys.length; k++) {
    keyOffsets[k] = at;
    at += (keys[k]?.length ?? 0) + 1;
  }
  const index: CompactIndex = {
    feedId: `${feed.publisher.id}@${feed.serial}`,
    sample: feed.sample,
    keys: keys.join("\n"),
    keyOffsets,
    refs: Uint32Array.from(refs),
    slots: hashSlots(keys),
    products: JSON.stringify(products),
    chunkSize: WARNINGS_PER_CHUNK,
    platforms: feed.platforms,
    officialSellers: feed.brands.flatMap((b) =>
      b.officialSellers.map((s) => sellerKey(s.platform, s.sellerId)),
    ),
    brands: feed.brands,
    signals: feed.signals,
    ...(feed.guides.length > 0 ? { guides: feed.guides } : {}),
    ...(blocked.length > 0 ? { blocked } : {}),
  };
  const ranges = signedBytes && warningRanges(signedBytes);
  const text =
    (signedBytes && ranges && chunkSignedWarnings(signedBytes, ranges, feed.warnings)) ??
    chunkWarnings(feed.warnings, WARNINGS_PER_CHUNK);
  return { index, text };
}

const msOrOpen = (date: string | undefined): number => (date ? Date.parse(date) || 0 : 0);

/**
 * Folded words kept for long, in arrays of their own. Not foldTokens' own array: when a hundred thousand of
 * those outlive a few garbage collections here, V8 starts allocating every array from that site in the old
 * generation ("pretenuring"), and matching, which folds every title, then spends a third of its time in full
 * garbage collections (4.4 against 7.5 µs per listing in `npm run bench`).
 */
const keptTokens = (text: string): string[] => splitWords(foldText(text));

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, continued from `h`: cheap, and the same at sync time and at lookup. */
function hashKey(key: string, h = FNV_OFFSET): number {
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashSlots(keys: readonly string[]): Uint32Array {
  let capacity = 8;
  while (capacity < keys.length * 2) capacity *= 2;
  const slots = new Uint32Array(capacity);
  const mask = capacity - 1;
  keys.forEach((key, k) => {
    let h = hashKey(key) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = k + 1;
  });
  return slots;
}

/**
 * The refs stored under `prefix + key`, read from the hash table in place (nothing is built when a worker
 * starts). The two parts are hashed and compared apart: joining them would allocate on every lookup.
 */
export function lookupKeys(c: CompactIndex, prefix: string, key: string): number[] | undefined {
  const mask = c.slots.length - 1;
  const length = prefix.length + key.length;
  let found: number[] | undefined;
  for (let h = hashKey(key, hashKey(prefix)) & mask; ; h = (h + 1) & mask) {
    const slot = c.slots[h] ?? 0;
    if (slot === 0) return found;
    const k = slot - 1;
    const start = c.keyOffsets[k] ?? 0;
    if (
      (c.keyOffsets[k + 1] ?? 0) - 1 - start === length &&
      c.keys.startsWith(prefix, start) &&
      c.keys.startsWith(key, start + prefix.length)
    ) {
      found ??= [];
      found.push(c.refs[k] ?? 0);
    }
  }
}

/** A warning known by its position in its feed; its text is read from the feed's WarningText when used. */
class StoredWarning implements IndexedWarning {
  constructor(
    private readonly text: WarningText,
    private readonly at: number,
    readonly feedId: string,
    readonly sample: boolean,
  ) {}
  get warning(): Warning {
    return this.text.get(this.at);
  }
}

/**
 * Merges the stored indexes of every feed in force, in subscription order: warnings add up; a platform's
 * entry comes from the first feed that has one; official sellers add up.
 */
export function expandIndexes(stored: readonly { index: CompactIndex; text: WarningText }[]): CompiledIndex {
  const tables: { c: CompactIndex; at: (i: number) => StoredWarning }[] = [];
  const lookup = (prefix: string) => ({
    get(key: string): IndexedWarning[] | undefined {
      let hits: IndexedWarning[] | undefined;
      for (const { c, at } of tables) {
        const refs = lookupKeys(c, prefix, key);
        if (!refs) continue;
        hits ??= [];
        for (const ref of refs) hits.push(at(ref));
      }
      return hits;
    },
  });
  const index: CompiledIndex = {
    bySeller: lookup("s "),
    byListing: lookup("l "),
    byDomain: lookup("d "),
    byShop: lookup("u "),
    byGtin: lookup("g "),
    platforms: new Map(),
    officialSellers: new Set(),
    feeds: [],
    guides: new Map(),
    blockedDomains: [],
    heuristics: compileHeuristics(
      stored.map(({ index: c }) => ({
        source: c.feedId.split("@")[0] ?? c.feedId,
        brands: c.brands ?? [],
        signals: c.signals ?? { slang: [], negations: [], prohibited: [] },
        guides: c.guides ?? [],
      })),
    ),
  };
  // Guides by id, the first feed's entry winning (the precedence rule), as the panel shows them.
  for (const { index: c } of stored)
    for (const guide of c.guides ?? []) if (!index.guides.has(guide.id)) index.guides.set(guide.id, guide);
  for (const { index: c, text } of stored) {
    index.feeds.push(c.feedId);
    const warnings = new Map<number, StoredWarning>();
    const at = (i: number) => {
      let w = warnings.get(i);
      if (!w) {
        w = new StoredWarning(text, i, c.feedId, c.sample);
        warnings.set(i, w);
      }
      return w;
    };
    tables.push({ c, at });
    for (const [i, brand, terms] of JSON.parse(c.products) as [number, string[], string[][]][]) {
      const rule: ProductRule = { hit: at(i), terms };
      addProductRule(index.heuristics, brand.join(" "), rule);
    }
    for (const platform of c.platforms)
      if (!index.platforms.has(platform.id)) index.platforms.set(platform.id, platform);
    for (const seller of c.officialSellers) index.officialSellers.add(seller);
    if (c.blocked) index.blockedDomains.push(...c.blocked);
  }
  return index;
}
