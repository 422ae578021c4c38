import type { SiteAdapter } from "./adapter";
import { readGenericProduct } from "./generic-product";
import { documentOf } from "./page-text";

/**
 * The adapter, plus a fallback on its product pages: when its own reading of the product fails (the site
 * changed its markup), the page's structured data (schema.org Product, OpenGraph) still names the product.
 */
export function withProductFallback(adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    find(root, url) {
      const found = adapter.find(root, url);
      const doc = documentOf(root);
      if (root !== doc || !doc || adapter.pageKind(url) !== "product") return found;
      const page = `${url.origin}${url.pathname}`;
      if (found.some((f) => f.listing.url === page)) return found;
      const fallback = readGenericProduct(doc, url, adapter.platform);
      return fallback ? [fallback, ...found] : found;
    },
  };
}
