import { isSingleLetter } from "../title-view";
import type { BrandEntry, BrandName } from "./brand-entry";
import { boundedEditDistance } from "./edit-distance";
import type { Heuristics } from "./heuristics";
import {
  bitCount,
  initialOf,
  LENGTH_SLACK,
  type LookalikeIndex,
  letterSet,
  MAX_FILED_LENGTH,
} from "./lookalike-index";
import type { Signal } from "./signal";
import type { TitleReading } from "./title-reading";

function isLookalike(written: string, name: BrandName, h: Heuristics): boolean {
  const squashed = name.squashed;
  if (written === squashed || written.length < 4 || isLongerWord(written, squashed)) return false;
  const max = maxDistance(squashed.length);
  // Each letter one word has and the other lacks costs an edit: most words fail here, before the distance.
  const letters = letterSet(written);
  if (bitCount(letters & ~name.letters) > max || bitCount(name.letters & ~letters) > max) return false;
  if (
    !isDoubledLetter(written, squashed) &&
    !isSwapped(written, squashed) &&
    (max === 0 || boundedEditDistance(written, squashed, max) > max)
  )
    return false;
  // Another brand's exact name is that brand, not a misspelling of this one.
  return h.phrases.get(written)?.brand === undefined;
}

/** How far a spelling may be from a brand's name: none under 5 letters (too many ordinary words are near). */
const maxDistance = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * Misspelt protected brands ("Guchi", "Addidas", "Rolexx", "Luois Vuiton"): a word (or a run of as many words
 * as the brand's name has) within a small edit distance of a brand name. Not when the title names that brand
 * correctly, and not on another brand's exact name. Every look-alike needs the brand's goods in the title:
 * "túi Guchi" is a counterfeit's title, "Guchi" alone may be anything, and "4 channel" is a switch, not
 * Chanel (brands without goods words are never looked for).
 */
export function lookalikeSignals(title: TitleReading, h: Heuristics, named: Set<BrandEntry>): Signal[] {
  // The brands whose goods the title names; with none, nothing here can be a look-alike.
  // Marked in a typed array, not gathered in a Set: a title's goods words often stand for forty brands.
  const index = h.lookalikes;
  index.nextTitle();
  let sells = false;
  for (const { value } of title.hits) {
    if (!value.goodsOf) continue;
    sells = true;
    for (const brand of value.goodsOf) index.markSold(brand);
  }
  if (!sells) return [];
  const found = new Map<BrandEntry, string>();
  for (const tokens of title.spellings ?? [title.tokens]) findLookalikes(tokens, index, h, named, found);
  return [...found].map(([brand, written]) => ({
    code: "brand_lookalike",
    weight: h.weights.lookalike,
    category: "ip_infringement",
    text: {
      vi: `“${written}” gần giống tên thương hiệu ${brand.name}: cách viết sai hay dùng để bán hàng nhái mà né bộ lọc.`,
      en: `“${written}” is a near-spelling of the brand ${brand.name}, a common way to sell imitations past filters.`,
    },
    ref: brand.ref,
  }));
}

/** Adds to `found` the look-alikes of brand names among `tokens` (one spelling of the title). */
function findLookalikes(
  tokens: readonly string[],
  index: LookalikeIndex,
  h: Heuristics,
  named: Set<BrandEntry>,
  found: Map<BrandEntry, string>,
): void {
  // Each word is compared only with the names it could misspell: same first letter, length within reach.
  for (let i = 0; i < tokens.length; i++) {
    // Letters left apart ("C h a n a l": no known name took them) are also read run together, as one word.
    const token =
      i === 0 || !isSingleLetter(tokens[i - 1] as string) ? letterRun(tokens, i) : (tokens[i] as string);
    const initial = initialOf(token);
    if (initial < 0) continue;
    // Words under four letters are never look-alikes (see isLookalike); runs of several words may still be.
    const to = token.length < 4 ? 0 : Math.min(token.length + LENGTH_SLACK, MAX_FILED_LENGTH);
    for (let length = Math.max(4, token.length - LENGTH_SLACK); length <= to; length++) {
      for (const name of index.singleNames(initial, length) ?? NONE)
        if (wanted(name, index, named, found) && isLookalike(token, name, h)) found.set(name.brand, token);
    }
    for (const name of index.multiNames(initial) ?? NONE) {
      if (i + name.words > tokens.length || !wanted(name, index, named, found)) continue;
      let length = 0;
      for (let w = 0; w < name.words; w++) length += (tokens[i + w] as string).length;
      if (Math.abs(length - name.squashed.length) > LENGTH_SLACK) continue;
      const run = tokens.slice(i, i + name.words);
      if (isLookalike(run.join(""), name, h)) found.set(name.brand, run.join(" "));
    }
  }
}

const NONE: readonly BrandName[] = [];

/** The token at `i`, or, when it starts a run of four single letters or more, the run as one word. */
function letterRun(tokens: readonly string[], i: number): string {
  let end = i;
  while (end < tokens.length && isSingleLetter(tokens[end] as string)) end++;
  return end - i >= 4 ? tokens.slice(i, end).join("") : (tokens[i] as string);
}

/** A name worth comparing: its brand's goods are in the title, and the title neither names nor misspells it yet. */
const wanted = (
  name: BrandName,
  index: LookalikeIndex,
  named: Set<BrandEntry>,
  found: Map<BrandEntry, string>,
) => index.isSold(name.brand) && !named.has(name.brand) && !found.has(name.brand);

/** "MamaGolden" is not a misspelt "MamaGold": a brand's name with two letters or more added is another word. */
const isLongerWord = (written: string, name: string) =>
  written.length >= name.length + 2 && written.startsWith(name);

/** "Diro", "Niek": two neighbouring letters swapped after the first (allowed for four-letter names too). */
function isSwapped(written: string, name: string): boolean {
  if (written.length !== name.length) return false;
  for (let i = 1; i < written.length - 1; i++)
    if (written[i] !== name[i])
      return (
        written[i] === name[i + 1] && written[i + 1] === name[i] && written.slice(i + 2) === name.slice(i + 2)
      );
  return false;
}

/** "Rolexx", "Nikee": the name with one letter doubled (the only look-alike allowed for short names). */
function isDoubledLetter(written: string, name: string): boolean {
  if (written.length !== name.length + 1) return false;
  for (let i = 1; i < written.length; i++)
    if (written[i] === written[i - 1] && written.slice(0, i) + written.slice(i + 1) === name) return true;
  return false;
}
