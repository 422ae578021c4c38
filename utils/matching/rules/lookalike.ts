import type { TitleView } from "../title-view";
import { boundedEditDistance } from "./edit-distance";
import type { BrandEntry, BrandName, Heuristics } from "./heuristics";
import type { Signal } from "./signal";

const NONE: readonly BrandName[] = [];

/** a–z as bits 0–25; anything else as bit 26. */
const letterBit = (code: number) => 1 << (code >= 97 && code <= 122 ? code - 97 : 26);

/** Where the first of `names` is misspelt in the tokens (a word, or a run of as many words as the name has). */
function firstLookalike(
  tokens: readonly string[],
  initials: number,
  names: readonly BrandName[],
  h: Heuristics,
): { start: number; end: number } | undefined {
  for (const name of names) {
    const first = name.squashed.charCodeAt(0);
    if ((initials & letterBit(first)) === 0) continue;
    for (let i = 0; i + name.words <= tokens.length; i++) {
      const token = tokens[i] as string;
      // Same first letter, and within two letters of the name's length: the only candidates in reach.
      if (token.charCodeAt(0) !== first) continue;
      let length = token.length;
      for (let w = 1; w < name.words; w++) length += (tokens[i + w] as string).length;
      if (Math.abs(length - name.squashed.length) > 2) continue;
      const written = name.words === 1 ? token : tokens.slice(i, i + name.words).join("");
      if (isLookalike(written, name.squashed, h)) return { start: i, end: i + name.words };
    }
  }
  return undefined;
}

function isLookalike(written: string, name: string, h: Heuristics): boolean {
  if (written === name || written.length < 4 || isLongerWord(written, name)) return false;
  const max = maxDistance(name.length);
  if (!isDoubledLetter(written, name) && (max === 0 || boundedEditDistance(written, name, max) > max))
    return false;
  // Another brand's exact name is that brand, not a misspelling of this one.
  return h.brandNames.get(written) === undefined;
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
export function lookalikeSignals(view: TitleView, h: Heuristics, named: Set<BrandEntry>): Signal[] {
  const tokens = view.tokens;
  // The brands whose goods the title names; with none, nothing here can be a look-alike.
  const sold = new Set<BrandEntry>();
  for (const hit of h.goodsIndex.find(tokens)) for (const brand of hit.value) sold.add(brand);
  if (sold.size === 0) return [];
  const found = new Map<BrandEntry, string>();
  // The first letters of the title's words, as bits: a name starting with any other letter is skipped at once.
  let initials = 0;
  for (const token of tokens) initials |= letterBit(token.charCodeAt(0));
  for (const brand of sold) {
    if (named.has(brand)) continue;
    const at = firstLookalike(tokens, initials, h.lookalikeNames.get(brand) ?? NONE, h);
    if (at) found.set(brand, tokens.slice(at.start, at.end).join(" "));
  }
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

/** "MamaGolden" is not a misspelt "MamaGold": a brand's name with two letters or more added is another word. */
const isLongerWord = (written: string, name: string) =>
  written.length >= name.length + 2 && written.startsWith(name);

/** "Rolexx", "Nikee": the name with one letter doubled (the only look-alike allowed for short names). */
function isDoubledLetter(written: string, name: string): boolean {
  if (written.length !== name.length + 1) return false;
  for (let i = 1; i < written.length; i++)
    if (written[i] === written[i - 1] && written.slice(0, i) + written.slice(i + 1) === name) return true;
  return false;
}
