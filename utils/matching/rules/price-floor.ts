import type { Listing } from "../../sites/listing";
import type { BrandEntry } from "./brand-entry";
import type { Heuristics } from "./heuristics";
import type { Signal } from "./signal";

/**
 * Words that make a low price honest: the listing is for something around the product (a case "cho iPhone",
 * a box, a decant "chiết 10ml"), or it is second-hand.
 */
const NOT_THE_PRODUCT = new RegExp(
  `(?:^| )(?:${[
    "cho",
    "danh cho",
    "for",
    "tuong thich",
    "compatible",
    "op",
    "op lung",
    "bao da",
    "case",
    "cuong luc",
    "mieng dan",
    "dan man hinh",
    "cu sac",
    "cap sac",
    "day sac",
    "sac nhanh",
    "sac du phong",
    "day deo",
    "day dong ho",
    "moc khoa",
    "sticker",
    "chiet",
    "mo hinh",
    "gia do",
    "tui dung",
    "vo hop",
    "like new",
    "da qua su dung",
    "2nd",
    "secondhand",
    "hoa tiet",
    "in hinh",
    "kieu dang",
    "phong cach",
    "inspired",
    "style",
  ].join("|")})(?= |$)`,
);

/** VND shown in Vietnamese style: "450.000 ₫". */
const money = (amount: number, currency: string) =>
  `${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ${currency === "VND" ? "₫" : currency}`;

/**
 * A named brand's goods far under the price the genuine article sells for ("Túi Chanel 850k"). The listing's
 * highest price is compared (a range's low end is often an accessory variant), and only in the floor's
 * currency; a listing for something around the product ("ốp cho iPhone") is left alone.
 */
export function priceFloorSignals(
  listing: Listing,
  tokens: readonly string[],
  h: Heuristics,
  named: Set<BrandEntry>,
): Signal[] {
  const price = listing.priceMax ?? listing.price;
  if (price === undefined || price <= 0) return [];
  const currency = listing.currency ?? "VND";
  let joined: string | undefined;
  const signals: Signal[] = [];
  for (const brand of named) {
    for (const floor of brand.floors) {
      if (floor.currency !== currency || price >= floor.min) continue;
      if (floor.terms.find(tokens).length === 0) continue;
      joined ??= tokens.join(" ");
      if (NOT_THE_PRODUCT.test(joined)) return [];
      signals.push({
        code: "price_floor",
        weight: h.weights.priceFloor,
        category: "counterfeit",
        text: {
          vi: `Giá ${money(price, currency)} thấp hơn nhiều so với ${floor.label} ${brand.name} chính hãng (từ ${money(floor.min, currency)}).`,
          en: `The price ${money(price, currency)} is far below a genuine ${brand.name} ${floor.label} (from ${money(floor.min, currency)}).`,
        },
        ref: brand.ref,
      });
      break;
    }
  }
  return signals;
}
