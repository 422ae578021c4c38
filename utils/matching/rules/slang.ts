import type { TitleView } from "../title-view";
import type { Heuristics } from "./heuristics";
import type { Signal } from "./signal";

/** How far before a term a negation still reads on it: "chống hàng fake", "không phải hàng fake". */
const NEGATION_REACH = 3;

/**
 * Counterfeit slang in the title ("rep 1:1", "siêu cấp", "like auth"), as whole words in any spacing, unless
 * negated just before ("cam kết không fake", "chống hàng fake"). Terms marked `withBrand` ("loại 1" is also an
 * honest grade of fruit) count only when the title names a brand or a look-alike of one.
 */
export function slangSignals(view: TitleView, h: Heuristics, namesBrand: boolean): Signal[] {
  const terms = new Map<string, string>();
  for (const tokens of view.telex ? [view.tokens, view.telex] : [view.tokens]) {
    const negatedUpTo = negations(tokens, h);
    for (const { value, start } of h.slang.find(tokens)) {
      if (value.withBrand && !namesBrand) continue;
      if (negatedUpTo.some((end) => end <= start && end >= start - NEGATION_REACH)) continue;
      terms.set(value.term, value.ref);
    }
  }
  return [...terms].map(([term, ref]) => ({
    code: "slang",
    weight: h.weights.slang,
    category: "counterfeit",
    text: {
      vi: `Tiêu đề dùng từ lóng của hàng nhái: “${term}”.`,
      en: `The title uses counterfeit slang: “${term}”.`,
    },
    ref,
  }));
}

/** Where each negation in the title ends. */
function negations(tokens: readonly string[], h: Heuristics): number[] {
  return h.negations.find(tokens).map((hit) => hit.end);
}
