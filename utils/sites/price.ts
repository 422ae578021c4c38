/** A number as a storefront prints it: "₫59.000", "$58.32", "₱1,234.50", "29.154.000 - 29.254.000". */
const NUMBER = /\d[\d.,\s\u00a0\u202f]*/g;

export function parsePriceNumber(raw: string, decimal: "." | ","): number | undefined {
  const thousands = decimal === "." ? /[,\s\u00a0\u202f]/g : /[.\s\u00a0\u202f]/g;
  const cleaned = raw.trim().replace(thousands, "").replace(decimal, ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The low and high ends of a displayed price or price range; undefined when the text holds no price. */
export function parsePriceText(
  text: string,
  decimal: "." | ",",
): { price: number; priceMax?: number } | undefined {
  const values = (text.match(NUMBER) ?? [])
    .map((n) => parsePriceNumber(n.replace(/[.,\s\u00a0\u202f]+$/, ""), decimal))
    .filter((n): n is number => n !== undefined);
  const [low, high] = values;
  if (low === undefined) return undefined;
  return high !== undefined && high > low ? { price: low, priceMax: high } : { price: low };
}
