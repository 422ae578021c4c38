/** A number as a storefront prints it: "₫59.000", "$58.32", "₱1,234.50", "29.154.000 - 29.254.000". */
const NUMBER = /\d[\d.,\s\u00a0\u202f]*/g;

const THOUSANDS_WITH_DOT_DECIMAL = /[,\s\u00a0\u202f]/g;
const THOUSANDS_WITH_COMMA_DECIMAL = /[.\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const TRAILING_SEPARATORS = /[.,\s\u00a0\u202f]+$/;

export function parsePriceNumber(raw: string, decimal: "." | ","): number | undefined {
  const thousands = decimal === "." ? THOUSANDS_WITH_DOT_DECIMAL : THOUSANDS_WITH_COMMA_DECIMAL;
  const cleaned = raw.trim().replace(thousands, "").replace(decimal, ".");
  if (!PLAIN_NUMBER.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The low and high ends of a displayed price or price range; undefined when the text holds no price. */
export function parsePriceText(
  text: string,
  decimal: "." | ",",
): { price: number; priceMax?: number } | undefined {
  // The first two numbers that parse: a range's two ends.
  let low: number | undefined;
  let high: number | undefined;
  for (const n of text.match(NUMBER) ?? []) {
    const value = parsePriceNumber(n.replace(TRAILING_SEPARATORS, ""), decimal);
    if (value === undefined) continue;
    if (low === undefined) low = value;
    else {
      high = value;
      break;
    }
  }
  if (low === undefined) return undefined;
  return high !== undefined && high > low ? { price: low, priceMax: high } : { price: low };
}
