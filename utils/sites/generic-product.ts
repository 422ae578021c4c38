import type { FoundListing } from "./adapter";
import type { Platform } from "./listing";
import { collapsedText } from "./page-text";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";

/**
 * The key of a listing known by its page's address (without its query): a shop's product page as the reader
 * finds it, and a website reported from the popup, so that the two are one listing.
 */
export const pageListingKey = (platform: Platform, page: string): string =>
  `${platform}:${page.replace(/^https?:\/\//, "")}`.slice(0, 200);

/**
 * A product page read from its structured data alone (schema.org Product in JSON-LD or microdata, or
 * OpenGraph `product:` tags): any shop that declares what it sells, and the fallback on a platform's product
 * page when its own markup has changed. The key is the page's address without its query.
 */
export function readGenericProduct(
  doc: Document,
  url: URL,
  platform: Platform = "web",
): FoundListing | undefined {
  const data = productData(doc, url);
  if (!data?.name) return undefined;
  const titleEl =
    [...doc.querySelectorAll("h1")].find((h) => collapsedText(h).includes(data.name ?? "")) ??
    doc.querySelector("h1");
  if (!titleEl) return undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  let page = `${url.origin}${url.pathname}`;
  try {
    if (canonical) page = new URL(canonical, url).href.split(/[?#]/)[0] ?? page;
  } catch {
    // A broken canonical link: the address is key enough.
  }
  const listing = shapedListing({
    platform,
    key: pageListingKey(platform, page),
    url: page,
    title: data.name,
    price: data.price,
    priceMax: data.priceMax,
    currency: data.currency && /^[A-Z]{3}$/.test(data.currency) ? data.currency : undefined,
    sellerName: data.sellerName,
    brand: data.brand,
    imageUrl: data.image,
    pageKind: "product",
  });
  return { listing, card: titleEl.parentElement ?? titleEl, anchor: titleEl, main: true };
}
