import type { PhraseSet } from "../phrase-set";

/** A brand as the rules use it, names folded once. */
export interface BrandEntry {
  id: string;
  /** Position among the compiled brands (0, 1, …): for per-title marks in typed arrays. */
  serial: number;
  name: string;
  ref: string;
  risk: "high" | "normal";
  /** The brand lists goods words (they are in `Heuristics.phrases`); without any, any context will do. */
  hasGoods: boolean;
  floors: { terms: PhraseSet<true>; label: string; min: number; currency: string }[];
  officialSellers: Set<string>;
}

/** A name or alias of a brand for the look-alike check: run-together letters, and its number of words. */
export interface BrandName {
  brand: BrandEntry;
  squashed: string;
  words: number;
  /** The letters in `squashed`, as bits (see letterSet). */
  letters: number;
}
