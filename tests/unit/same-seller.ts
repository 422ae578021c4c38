import { expect } from "vitest";
import type { FoundListing } from "../../utils/sites/adapter";

/**
 * Expects the store page's card of the product page's listing to name the same seller (id, name, address):
 * a `seller` warning matches the id exactly, so both pages must read the same one.
 */
export function expectSameSeller(storeCards: FoundListing[], product: FoundListing | undefined): void {
  const card = storeCards.find((f) => f.listing.key === product?.listing.key);
  expect(card?.listing.pageKind).toBe("shop");
  expect(product?.listing.sellerId).toBeDefined();
  for (const field of ["sellerId", "sellerName", "sellerUrl"] as const)
    expect(card?.listing[field]).toBe(product?.listing[field]);
}
