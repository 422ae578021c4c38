import type { Brand, Guide, ProhibitedTerm, Signals, SignalWeights, SlangTerm } from "../../feed/schema";
import type { LocalizedText } from "../../localized";
import { sellerKey } from "../index-keys";
import type { ProductRule } from "../indexed-warning";
import { markSignatures } from "../mark-signatures";
import { foldTokens } from "../normalize";
import { PhraseSet } from "../phrase-set";
import type { BrandEntry } from "./brand-entry";
import { DEFAULT_BRANDS, DEFAULT_SIGNALS } from "./default-signals";
import { LookalikeIndex, letterSet } from "./lookalike-index";

export interface SlangEntry {
  term: string;
  withBrand: boolean;
  ref: string;
  /**
   * The term is numbers apart ("1:1"): read only where the title writes them apart too, since run together they
   * are a model's number ("Air Jordan 11").
   */
  numbersApart?: true;
}

/** A guide as the title reading files it: its id, and the brand whose goods it is for, if any. */
export interface GuideEntry {
  id: string;
  brand?: string;
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

/**
 * What a phrase in a title may be to the rules. One phrase may be several things at once ("pod" is goods and a
 * prohibited term), so every rule's phrases live in one set and a title is read once for all of them.
 */
export interface TitlePhrase {
  /** A name or alias of three letters or more: a mention anywhere names the brand. */
  brand?: BrandEntry;
  /** A shorter alias ("LV", "MK"): it names the brand only next to its goods. */
  shortBrand?: BrandEntry;
  /** A goods word ("túi") with the brands that sell it: the brands a look-alike may stand for. */
  goodsOf?: BrandEntry[];
  slang?: SlangEntry;
  /**
   * For a slang or prohibited term written with Vietnamese marks, each word's marks (see markSignatures): in a
   * title typed with marks, the term is only read where the marks agree ("chính hãng giá rẻ" has no "hàng giả").
   */
  marks?: number[];
  negation?: true;
  /** Denies a slang term it follows ("fake đền gấp đôi"). */
  negationAfter?: true;
  prohibited?: ProhibitedEntry[];
  /** Guides to genuine goods this phrase places a listing in (see GuideSchema). */
  guides?: GuideEntry[];
  /** Ids of the guides this phrase takes a listing out of again. */
  notGuides?: string[];
  /** Official warnings about a product of the brand this phrase names (see ProductRule). */
  products?: ProductRule[];
}

/** Everything the heuristic rules need, built once per set of feeds. */
export interface Heuristics {
  phrases: PhraseSet<TitlePhrase>;
  /** Brands' names of four letters or more, for the look-alike check. */
  lookalikes: LookalikeIndex;
  weights: Weights;
}

const DEFAULT_WEIGHTS = DEFAULT_SIGNALS.weights as Weights;

function phrases(list: readonly string[]): PhraseSet<true> {
  const set = new PhraseSet<true>();
  for (const p of list) set.add(p, true);
  return set;
}

function brandEntry(b: Brand, source: string, serial: number): BrandEntry {
  return {
    id: b.id,
    serial,
    name: b.name,
    ref: `${source}:brand:${b.id}`,
    risk: b.counterfeitRisk,
    hasGoods: b.goods.some((g) => foldTokens(g).length > 0),
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
  guides?: readonly Guide[];
}

/** Feeds in subscription order, then the built-in signals: a brand id or a term is taken from the first. */
export function compileHeuristics(feeds: readonly SignalSource[]): Heuristics {
  const sources = [...feeds, { source: "builtin", brands: DEFAULT_BRANDS, signals: DEFAULT_SIGNALS }];
  const phrases = new PhraseSet<TitlePhrase>();
  const h: Heuristics = {
    phrases,
    lookalikes: new LookalikeIndex(),
    weights: { ...DEFAULT_WEIGHTS },
  };
  const seenBrands = new Set<string>();
  const seenGuides = new Set<string>();
  let weightsFrom: SignalWeights | undefined;
  for (const { source, brands, signals, guides = [] } of sources) {
    for (const b of brands) {
      if (seenBrands.has(b.id)) continue;
      seenBrands.add(b.id);
      addBrand(h, brandEntry(b, source, seenBrands.size - 1), [b.name, ...b.aliases], b.goods);
    }
    for (const s of signals.slang) addSlang(h, s, source);
    for (const n of signals.negations) phrase(h, n).negation = true;
    for (const n of signals.negationsAfter ?? []) phrase(h, n).negationAfter = true;
    for (const p of signals.prohibited) addProhibited(h, p, source);
    for (const g of guides) {
      if (seenGuides.has(g.id)) continue;
      seenGuides.add(g.id);
      addGuide(h, g);
    }
    weightsFrom ??= signals.weights;
  }
  h.weights = { ...DEFAULT_WEIGHTS, ...weightsFrom };
  return h;
}

/** The entry of `text` in the title phrases, made empty when new (a phrase that folds to nothing has a spare). */
function phrase(h: Heuristics, text: string): TitlePhrase {
  return h.phrases.upsert(text, () => ({})) ?? {};
}

function addBrand(
  h: Heuristics,
  entry: BrandEntry,
  names: readonly string[],
  goods: readonly string[],
): void {
  for (const word of goods) {
    const p = phrase(h, word);
    if (!p.goodsOf) p.goodsOf = [entry];
    else if (!p.goodsOf.includes(entry)) p.goodsOf.push(entry);
  }
  for (const name of names) {
    const tokens = foldTokens(name);
    const squashed = tokens.join("");
    // A name already taken by an earlier brand stays that brand's.
    if (squashed.length >= 3) phrase(h, name).brand ??= entry;
    else if (squashed.length > 0) phrase(h, name).shortBrand ??= entry;
    if (squashed.length >= 4 && /^[a-z]+$/.test(squashed))
      h.lookalikes.add({ brand: entry, squashed, words: tokens.length, letters: letterSet(squashed) });
  }
}

/** Files a feed's product warning under its brand's name or alias. */
export function addProductRule(h: Heuristics, brand: string, rule: ProductRule): void {
  const p = phrase(h, brand);
  if (p.products) p.products.push(rule);
  else p.products = [rule];
}

function addGuide(h: Heuristics, g: Guide): void {
  const entry: GuideEntry = g.brand ? { id: g.id, brand: g.brand } : { id: g.id };
  for (const term of g.terms) {
    const p = phrase(h, term);
    if (!p.guides) p.guides = [entry];
    else if (!p.guides.some((e) => e.id === g.id)) p.guides.push(entry);
  }
  for (const term of g.unless) {
    const p = phrase(h, term);
    if (!p.notGuides) p.notGuides = [g.id];
    else if (!p.notGuides.includes(g.id)) p.notGuides.push(g.id);
  }
}

function addSlang(h: Heuristics, s: SlangTerm, source: string): void {
  const term = typeof s === "string" ? s : s.term;
  const withBrand = typeof s === "string" ? false : s.withBrand;
  const p = phrase(h, term);
  const words = foldTokens(term);
  const numbersApart = words.length >= 2 && words.every((w) => /^\d+$/.test(w));
  p.slang ??= numbersApart
    ? { term, withBrand, ref: `${source}:slang:${term}`, numbersApart }
    : { term, withBrand, ref: `${source}:slang:${term}` };
  signMarks(p, term);
}

/** Keeps the marks of a term that has some (the first spelling of it wins). */
function signMarks(p: TitlePhrase, term: string): void {
  if (p.marks) return;
  const words = foldTokens(term);
  const marks = markSignatures(term, words.length);
  if (marks?.some((m) => m !== 0)) p.marks = marks;
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
    const p = phrase(h, term);
    if (p.prohibited) p.prohibited.push(compiled);
    else p.prohibited = [compiled];
    signMarks(p, term);
  }
}
