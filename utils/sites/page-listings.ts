import type { FoundListing } from "./adapter";
import type { PageKind } from "./listing";

/** The elements matching `selector` in `root`, `root` itself included (an incremental read may start at a card). */
export function cardsIn(root: ParentNode, selector: string): Element[] {
  return (root as Element).matches?.(selector) ? [root as Element] : [...root.querySelectorAll(selector)];
}

/**
 * What a page shows: on a product page its product, read on a full read (or, with `onHeading`, when the
 * changed subtree brought an `<h1>`) rather than once per changed card; then every card in `root`, except one
 * repeating the product. Each card is kept, even when two show one listing (sponsored repeats).
 */
export function productThenCards(
  root: ParentNode,
  doc: Document,
  kind: PageKind,
  readProduct: () => FoundListing | undefined,
  readCards: () => FoundListing[],
  onHeading = true,
): FoundListing[] {
  const read = root === doc || (onHeading && root.querySelector("h1") !== null);
  const product = kind === "product" && read ? readProduct() : undefined;
  const cards = readCards();
  if (!product) return cards;
  product.main = true;
  return [product, ...cards.filter((c) => c.listing.key !== product.listing.key)];
}
