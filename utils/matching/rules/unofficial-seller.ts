import type { Listing } from "../../sites/listing";
import { sellerKey } from "../index-keys";
import type { BrandEntry } from "./brand-entry";
import type { Heuristics } from "./heuristics";
import type { Signal } from "./signal";

/**
 * A heavily counterfeited brand sold by a seller who is neither marked official on the page nor one of the
 * brand's official sellers in the feeds. Weak on its own (many resellers are honest); it adds to other signals.
 */
export function unofficialSellerSignals(listing: Listing, h: Heuristics, named: Set<BrandEntry>): Signal[] {
  if (listing.official === true) return [];
  const seller = listing.sellerId ? sellerKey(listing.platform, listing.sellerId) : undefined;
  const signals: Signal[] = [];
  for (const brand of named) {
    if (brand.risk !== "high" || (seller && brand.officialSellers.has(seller))) continue;
    signals.push({
      code: "unofficial_seller",
      weight: h.weights.unofficialSeller,
      category: "counterfeit",
      text: {
        vi: `${brand.name} là thương hiệu hay bị làm giả, và người bán không phải gian hàng chính hãng của hãng.`,
        en: `${brand.name} is heavily counterfeited, and the seller is not one of its official stores.`,
      },
      ref: brand.ref,
    });
  }
  return signals;
}
