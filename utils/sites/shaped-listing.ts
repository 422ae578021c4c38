import type { Listing } from "./listing";
import { MAX_DESCRIPTION_CHARS, MAX_LINKS, MAX_VARIANT_CHARS, MAX_VARIANTS } from "./listing-limits";

/**
 * Trims fields to the Listing contract's limits and drops empty ones. The full schema check happens where the
 * listing is received (the background), once, not on the page's main thread.
 *
 * Field by field, with no loop over the listing's keys: every card goes through here, and with a copy by key
 * (`for…in`) a second `find` of Lazada's 60-card store page took 1.5–3.0 ms instead of 0.6–0.7 ms.
 */
export function shapedListing(listing: Listing): Listing {
  const out: Listing = {
    platform: listing.platform,
    key: listing.key,
    url: listing.url,
    title: listing.title.slice(0, 500),
    pageKind: listing.pageKind,
  };
  if (listing.price !== undefined) out.price = listing.price;
  if (listing.priceMax !== undefined) out.priceMax = listing.priceMax;
  if (listing.currency) out.currency = listing.currency;
  if (listing.sellerId) out.sellerId = listing.sellerId;
  if (listing.sellerName) out.sellerName = listing.sellerName.slice(0, 200);
  if (listing.sellerUrl) out.sellerUrl = listing.sellerUrl;
  if (listing.official !== undefined) out.official = listing.official;
  if (listing.brand) out.brand = listing.brand.slice(0, 100);
  if (listing.gtin) out.gtin = listing.gtin;
  if (listing.imageUrl) out.imageUrl = listing.imageUrl;
  if (listing.variants && listing.variants.length > 0) out.variants = shapedVariants(listing.variants);
  if (listing.description) out.description = listing.description.slice(0, MAX_DESCRIPTION_CHARS);
  if (listing.links && listing.links.length > 0) out.links = [...new Set(listing.links)].slice(0, MAX_LINKS);
  return out;
}

/** Distinct, non-empty variant names, each cut to the contract's length, at most MAX_VARIANTS. */
function shapedVariants(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const cut = name.trim().slice(0, MAX_VARIANT_CHARS);
    if (cut && !out.includes(cut)) out.push(cut);
    if (out.length === MAX_VARIANTS) break;
  }
  return out;
}
