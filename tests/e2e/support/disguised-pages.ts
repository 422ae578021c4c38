import {
  DEMO_ORIGIN,
  type DemoItem,
  itemPath,
  loadCatalog,
  renderProductPage,
} from "../../../demo/marketplace";

// Product pages at Shopee's address for listings written to slip past filters, for the Chromium and Firefox
// suites alike (tests/e2e/disguised.spec.ts, tests/firefox/disguised.spec.ts).

const related = loadCatalog().slice(0, 2);

/** A listing of a wholesale shop, with `title` as the seller wrote it (SYNTHETIC). */
export const disguisedItem = (itemId: string, title: string): DemoItem => ({
  shopId: "9170000001",
  itemId,
  title,
  price: 1_450_000,
  priceMax: 1_450_000,
  shopName: "Kho Hàng Sỉ",
  location: "Hà Nội",
  official: false,
  provenance: "SYNTHETIC: a listing written to slip past filters",
});

/** The product page of `item`, with the variation buttons Shopee shows under the title. */
export function disguisedProductPage(
  item: DemoItem,
  variants: readonly string[] = [],
): { url: string; body: string } {
  const buttons = variants
    .map((v) => `<button class="product-variation" aria-label="${v}">${v}</button>`)
    .join("");
  return {
    url: `${DEMO_ORIGIN}${itemPath(item)}`,
    body: renderProductPage(item, related).replace("</h1></div>", `</h1></div><div>${buttons}</div>`),
  };
}

export const disguisedKey = (item: DemoItem) => `shopee:${item.shopId}:${item.itemId}`;
