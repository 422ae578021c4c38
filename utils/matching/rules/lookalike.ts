import type { TitleView } from "../title-view";
import { boundedEditDistance } from "./edit-distance";
import type { BrandEntry, BrandName, Heuristics } from "./heuristics";
import type { Signal } from "./signal";

const NONE: readonly BrandName[] = [];

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
  const consider = (name: BrandName, i: number) => {
    if (!sold.has(name.brand) || named.has(name.brand) || found.has(name.brand)) return;
    const written = name.words === 1 ? (tokens[i] as string) : tokens.slice(i, i + name.words).join("");
    if (written === name.squashed || written.length < 4 || isLongerWord(written, name.squashed)) return;
    const max = maxDistance(name.squashed.length);
    const doubled = isDoubledLetter(written, name.squashed);
    if (!doubled && (max === 0 || boundedEditDistance(written, name.squashed, max) > max)) return;
    if (h.brandNames.get(written) !== undefined) return;
    found.set(name.brand, tokens.slice(i, i + name.words).join(" "));
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as string;
    if (first.length < 2) continue;
    const names = h.lookalikeNames.get(first[0] as string);
    if (!names) continue;
    // Only names within two letters of the word's length can be within the allowed distance.
    for (let length = first.length - 2; length <= first.length + 2; length++)
      for (const name of names.byLength[length] ?? NONE) consider(name, i);
    for (const name of names.multiWord) {
      let length = 0;
      for (let w = 0; w < name.words; w++) length += tokens[i + w]?.length ?? 0;
      if (Math.abs(length - name.squashed.length) <= 2) consider(name, i);
    }
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
