import type { Listing } from "./listing";

/**
 * Trims fields to the Listing contract's limits and drops empty ones. The full schema check happens where the
 * listing is received (the background), once, not on the page's main thread.
 */
export function shapedListing(listing: Listing): Listing {
  // Field by field, no object spread: this runs for every card, and spreads are a slow path in V8.
  const out: Record<string, unknown> = {};
  for (const k in listing) {
    const v = listing[k as keyof Listing];
    if (v !== undefined && v !== "") out[k] = v;
  }
  out.title = listing.title.slice(0, 500);
  if (listing.sellerName) out.sellerName = listing.sellerName.slice(0, 200);
  if (listing.brand) out.brand = listing.brand.slice(0, 100);
  return out as Listing;
}
