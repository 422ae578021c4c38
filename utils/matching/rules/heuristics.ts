import type { Brand, ProhibitedTerm, Signals, SignalWeights, SlangTerm } from "../../feed/schema";
import type { LocalizedText } from "../../localized";
import { sellerKey } from "../compact-index";
import { foldTokens } from "../normalize";
import { PhraseSet } from "../phrase-set";
import { DEFAULT_BRANDS, DEFAULT_SIGNALS } from "./default-signals";

/** A brand as the rules use it, names folded once. */
export interface BrandEntry {
  id: string;
  name: string;
  ref: string;
  risk: "high" | "normal";
  /** The brand's goods words; empty when any context will do. */
  goods: PhraseSet<true>;
  floors: { terms: PhraseSet<true>; label: string; min: number; currency: string }[];
  officialSellers: Set<string>;
}

/** A name or alias of a brand for the look-alike check: run-together letters, and its number of words. */
export interface BrandName {
  brand: BrandEntry;
  squashed: string;
  words: number;
}

export interface SlangEntry {
  term: string;
  withBrand: boolean;
  ref: string;
}

export interface ProhibitedEntry {
  id: string;
  label: string;
  with: PhraseSet<true> | undefined;
  danger: boolean;
  note?: LocalizedText;
  ref: string;
}

export type Weights = Required<SignalWeights>;

/** Everything the heuristic rules need, built once per set of feeds. */
export interface Heuristics {
  /** Names and aliases of three letters or more: a mention anywhere names the brand. */
  brandNames: PhraseSet<BrandEntry>;
  /** Shorter aliases ("LV", "MK"): they name the brand only next to its goods. */
  shortNames: PhraseSet<BrandEntry>;
  /** Each goods word ("túi") with the brands that sell it: the brands a look-alike may stand for. */
  goodsIndex: PhraseSet<BrandEntry[]>;
  /** Each brand's names of four letters or more, for the look-alike check. */
  lookalikeNames: Map<BrandEntry, BrandName[]>;
  slang: PhraseSet<SlangEntry>;
  negations: PhraseSet<true>;
  prohibited: PhraseSet<ProhibitedEntry[]>;
  weights: Weights;
}

const DEFAULT_WEIGHTS = DEFAULT_SIGNALS.weights as Weights;

function phrases(list: readonly string[]): PhraseSet<true> {
  const set = new PhraseSet<true>();
  for (const p of list) set.add(p, true);
  return set;
}

function brandEntry(b: Brand, source: string): BrandEntry {
  return {
    id: b.id,
    name: b.name,
    ref: `${source}:brand:${b.id}`,
    risk: b.counterfeitRisk,
    goods: phrases(b.goods),
    floors: b.priceFloors.map((f) => ({
      terms: phrases(f.terms),
      label: f.terms[0] ?? "",
      min: f.min,
      currency: f.currency,
    })),
    officialSellers: new Set(b.officialSellers.map((s) => sellerKey(s.platform, s.sellerId))),
  };
}

/** What one feed adds to the heuristics; `source` is its publisher id. */
export interface SignalSource {
  source: string;
  brands: readonly Brand[];
  signals: Signals;
}

/** Feeds in subscription order, then the built-in signals: a brand id or a term is taken from the first. */
export function compileHeuristics(feeds: readonly SignalSource[]): Heuristics {
  const sources = [...feeds, { source: "builtin", brands: DEFAULT_BRANDS, signals: DEFAULT_SIGNALS }];
  const h: Heuristics = {
    brandNames: new PhraseSet(),
    shortNames: new PhraseSet(),
    goodsIndex: new PhraseSet(),
    lookalikeNames: new Map(),
    slang: new PhraseSet(),
    negations: new PhraseSet(),
    prohibited: new PhraseSet(),
    weights: { ...DEFAULT_WEIGHTS },
  };
  const seenBrands = new Set<string>();
  let weightsFrom: SignalWeights | undefined;
  for (const { source, brands, signals } of sources) {
    for (const b of brands) {
      if (seenBrands.has(b.id)) continue;
      seenBrands.add(b.id);
      addBrand(h, brandEntry(b, source), [b.name, ...b.aliases], b.goods);
    }
    for (const s of signals.slang) addSlang(h, s, source);
    for (const n of signals.negations) h.negations.add(n, true);
    for (const p of signals.prohibited) addProhibited(h, p, source);
    weightsFrom ??= signals.weights;
  }
  h.weights = { ...DEFAULT_WEIGHTS, ...weightsFrom };
  return h;
}

function addBrand(
  h: Heuristics,
  entry: BrandEntry,
  names: readonly string[],
  goods: readonly string[],
): void {
  for (const word of goods) {
    const brands = h.goodsIndex.get(word);
    if (brands) brands.push(entry);
    else h.goodsIndex.add(word, [entry]);
  }
  for (const name of names) {
    const tokens = foldTokens(name);
    const squashed = tokens.join("");
    if (squashed.length >= 3) h.brandNames.add(name, entry);
    else if (squashed.length > 0) h.shortNames.add(name, entry);
    if (squashed.length >= 4 && /^[a-z]+$/.test(squashed)) {
      const name = { brand: entry, squashed, words: tokens.length };
      const names = h.lookalikeNames.get(entry);
      if (names) names.push(name);
      else h.lookalikeNames.set(entry, [name]);
    }
  }
}

function addSlang(h: Heuristics, s: SlangTerm, source: string): void {
  const term = typeof s === "string" ? s : s.term;
  const withBrand = typeof s === "string" ? false : s.withBrand;
  h.slang.add(term, { term, withBrand, ref: `${source}:slang:${term}` });
}

function addProhibited(h: Heuristics, p: ProhibitedTerm, source: string): void {
  const entry =
    typeof p === "string"
      ? { id: p, terms: [p], with: [] as string[], level: "caution" as const, note: undefined }
      : { ...p, id: p.id ?? p.terms[0] ?? "" };
  const compiled: ProhibitedEntry = {
    id: entry.id,
    label: entry.terms[0] ?? entry.id,
    with: entry.with.length > 0 ? phrases(entry.with) : undefined,
    danger: entry.level === "danger",
    note: entry.note,
    ref: `${source}:prohibited:${entry.id}`,
  };
  for (const term of entry.terms) {
    // Several entries may share a term ("pod" for e-cigarettes and for another list): each is kept.
    const existing = h.prohibited.get(term);
    if (existing) existing.push(compiled);
    else h.prohibited.add(term, [compiled]);
  }
}
