import type { SiteAdapter } from "./adapter";
import { readGenericProduct } from "./generic-product";
import { documentOf } from "./page-text";

/**
 * Any other shop's site, read only where the person asked for it ("Soi trang này"): its product pages, from
 * their structured data (schema.org Product, OpenGraph `product:`). A page that declares no product shows
 * nothing.
 */
export const webShop: SiteAdapter = {
  platform: "web",
  matches: (url) => url.protocol === "https:" || url.protocol === "http:",
  pageKind: () => "product",
  find(root, url) {
    const doc = documentOf(root);
    if (!doc || root !== doc) return [];
    const found = readGenericProduct(doc, url);
    return found ? [found] : [];
  },
  scope: (el) => el,
};
