import type { Heuristics } from "./heuristics";
import type { Signal } from "./signal";
import type { TitleReading } from "./title-reading";

/** How far before a term a negation still reads on it: "chống hàng fake", "không phải hàng fake". */
const NEGATION_REACH = 3;

/**
 * Counterfeit slang in the title ("rep 1:1", "siêu cấp", "like auth"), as whole words in any spacing, unless
 * negated just before ("cam kết không fake", "chống hàng fake"). Terms marked `withBrand` ("loại 1" is also an
 * honest grade of fruit) count only when the title names a brand or a look-alike of one.
 */
export function slangSignals(
  readings: readonly TitleReading[],
  h: Heuristics,
  namesBrand: boolean,
): Signal[] {
  let terms: Map<string, string> | undefined;
  for (const { hits } of readings) {
    for (const { value, start } of hits) {
      const slang = value.slang;
      if (!slang || (slang.withBrand && !namesBrand) || isNegated(hits, start)) continue;
      terms ??= new Map();
      terms.set(slang.term, slang.ref);
    }
  }
  if (!terms) return [];
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

/** A negation ends at most NEGATION_REACH tokens before `start`. */
function isNegated(hits: TitleReading["hits"], start: number): boolean {
  for (const { value, end } of hits)
    if (value.negation && end <= start && end >= start - NEGATION_REACH) return true;
  return false;
}
