import type { Heuristics } from "./heuristics";
import type { Signal } from "./signal";
import type { TextPlace, TitleReading } from "./title-reading";

/** How far before a term a negation still reads on it: "chống hàng fake", "không phải hàng fake". */
const NEGATION_REACH = 3;
/** How far after a term a denial still reads on it: "fake đền", "fake 1 đền 10", "fake thì hoàn tiền". */
const NEGATION_AFTER_REACH = 2;

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
  let terms: Map<string, { ref: string; where: TextPlace }> | undefined;
  for (const { hits, where } of readings) {
    for (const { value, start, end } of hits) {
      const slang = value.slang;
      if (
        !slang ||
        (slang.withBrand && !namesBrand) ||
        (slang.numbersApart && end - start < 2) ||
        isNegated(hits, start, end) ||
        isInLonger(hits, start, end)
      )
        continue;
      terms ??= new Map();
      if (!terms.has(slang.term)) terms.set(slang.term, { ref: slang.ref, where });
    }
  }
  if (!terms) return [];
  return [...terms].map(([term, { ref, where }]) => ({
    code: "slang",
    weight: h.weights.slang,
    category: "counterfeit",
    text: {
      vi: `${PLACE_VI[where]} dùng từ lóng của hàng nhái: “${term}”.`,
      en: `${PLACE_EN[where]} uses counterfeit slang: “${term}”.`,
    },
    ref,
  }));
}

const PLACE_VI: Record<TextPlace, string> = {
  title: "Tiêu đề",
  variant: "Tên phân loại hàng",
  seller: "Tên người bán",
  description: "Nội dung tin đăng",
};
const PLACE_EN: Record<TextPlace, string> = {
  title: "The title",
  variant: "A variant's name",
  seller: "The seller's name",
  description: "The listing's text",
};

/** Another slang term spans this one and more ("rep" inside "rep 1:1"): the longer one is named. */
function isInLonger(hits: TitleReading["hits"], start: number, end: number): boolean {
  for (const hit of hits)
    if (hit.value.slang && hit.start <= start && hit.end >= end && hit.end - hit.start > end - start)
      return true;
  return false;
}

/** A negation ends at most NEGATION_REACH tokens before `start`, or a denial starts just after `end`. */
function isNegated(hits: TitleReading["hits"], start: number, end: number): boolean {
  for (const hit of hits) {
    if (hit.value.negation && hit.end <= start && hit.end >= start - NEGATION_REACH) return true;
    if (hit.value.negationAfter && hit.start >= end && hit.start <= end + NEGATION_AFTER_REACH) return true;
  }
  return false;
}
