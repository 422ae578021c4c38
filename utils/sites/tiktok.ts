import type { FoundListing, SiteAdapter } from "./adapter";
import { cardPriceText, cardsFromLinks, cardTitleAndPrice, VND_PRICE } from "./link-cards";
import type { PageKind } from "./listing";
import { productThenCards } from "./page-listings";
import { absoluteHttpUrl, collapsedText, documentOf, trackingFreeUrl } from "./page-text";
import { parsePriceNumber, parsePriceText } from "./price";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";

// TikTok Shop lives on tiktok.com (`/shop/…`, `/view/product/…`) and on the regional shop domains.
export const TIKTOK_MATCHES = [
  "*://www.tiktok.com/shop/*",
  "*://www.tiktok.com/view/product/*",
  "*://shop.tiktok.com/*",
  "*://*.tiktokshop.com/*",
];

/** `/shop/pdp/<slug>/<id>`, `/view/product/<id>`, `/product/<id>`. */
const PRODUCT_IN_URL = /\/(?:shop\/pdp\/(?:[^/?#]+\/)?|view\/product\/|product\/)(\d{10,})/;
const PRODUCT_LINK = 'a[href*="/pdp/"], a[href*="/view/product/"], a[href*="/product/"]';
const SOLD_BY = /^(?:sold by|bán bởi|được bán bởi|nhà bán hàng)\s*:?\s*(.+)$/i;
/** "$24.17", "24,17 US$", or a Vietnamese price. */
const PRICE = /^(?:[$€£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:US\$|\$|€|£))(?:\s*-\s*.*)?$/;

export function tiktokProductId(href: string): string | undefined {
  return PRODUCT_IN_URL.exec(href)?.[1];
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (tiktokProductId(path)) return "product";
  if (path.startsWith("/shop/store/") || path.startsWith("/shop/s/store")) return "shop";
  if (path.startsWith("/shop/s/") || url.searchParams.has("q")) return "search";
  if (path.startsWith("/shop/c/")) return "category";
  return "feed";
}

type Json = Record<string, unknown>;

/** The first object in `value` (bounded depth) that has every one of `keys`. */
function findObject(value: unknown, keys: readonly string[], depth = 0): Json | undefined {
  if (depth > 14 || typeof value !== "object" || value === null) return undefined;
  if (!Array.isArray(value) && keys.every((k) => k in value)) return value as Json;
  for (const child of Object.values(value)) {
    const found = findObject(child, keys, depth + 1);
    if (found) return found;
  }
  return undefined;
}

interface RouterProduct {
  /** The names of the SKUs' options ("Black", "S/M(6/8)"). */
  variants?: string[];
  sellerId?: string;
  price?: number;
  priceMax?: number;
  currency?: string;
}

/** `sale_props: [{ sale_prop_values: [{ prop_value }] }]`: every option's name. */
function saleProps(props: unknown): string[] | undefined {
  if (!Array.isArray(props)) return undefined;
  const names: string[] = [];
  for (const prop of props) {
    const values = typeof prop === "object" && prop !== null ? (prop as Json).sale_prop_values : undefined;
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      const name = typeof v === "object" && v !== null ? (v as Json).prop_value : undefined;
      if (typeof name === "string" && name.trim()) names.push(name.trim());
    }
  }
  return names.length > 0 ? names : undefined;
}

/** The product page's embedded router data: the seller id the DOM never shows, and the price as numbers. */
function routerProduct(doc: Document, productId: string): RouterProduct {
  const raw = doc.getElementById("__MODERN_ROUTER_DATA__")?.textContent;
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  const ids = findObject(data, ["seller_id", "product_id"]);
  const price = findObject(data, ["min_sku_price", "currency"]);
  const num = (v: unknown) => (typeof v === "string" ? parsePriceNumber(v, ".") : undefined);
  const low = num(price?.min_sku_price);
  const high = num(price?.max_sku_price);
  return {
    variants: saleProps(findObject(data, ["sale_props"])?.sale_props),
    sellerId: ids && String(ids.product_id) === productId ? String(ids.seller_id) : undefined,
    price: low,
    priceMax: low !== undefined && high !== undefined && high > low ? high : undefined,
    currency: typeof price?.currency === "string" ? price.currency : undefined,
  };
}

function readProductPage(doc: Document, url: URL): FoundListing | undefined {
  const id = tiktokProductId(url.pathname);
  if (!id) return undefined;
  const data = productData(doc, url);
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim();
  // The title is shown in a span whose text is the og:title (its markup has no heading).
  let titleEl: Element | null = doc.querySelector("h1");
  if (ogTitle) {
    for (const el of doc.querySelectorAll("h1, span[data-fmp], span")) {
      if (el.children.length === 0 && collapsedText(el) === ogTitle) {
        titleEl = el;
        break;
      }
    }
  }
  if (!titleEl) return undefined;
  const router = routerProduct(doc, id);
  let sellerName: string | undefined;
  for (const el of doc.querySelectorAll("span, div, a")) {
    if (el.children.length > 0) continue;
    const m = SOLD_BY.exec(collapsedText(el));
    if (m?.[1]) {
      sellerName = m[1];
      break;
    }
  }
  const section = titleEl.parentElement ?? titleEl;
  const listing = shapedListing({
    platform: "tiktok",
    key: `tiktok:${id}`,
    url: `${url.origin}${url.pathname}`,
    title: ogTitle ?? collapsedText(titleEl) ?? data?.name ?? "",
    price: router.price ?? data?.price,
    priceMax: router.price !== undefined ? router.priceMax : data?.priceMax,
    currency: router.currency ?? data?.currency,
    sellerId: router.sellerId,
    sellerName,
    brand: data?.brand,
    imageUrl: absoluteHttpUrl(doc.querySelector('meta[property="og:image"]')?.getAttribute("content"), url),
    variants: router.variants,
    pageKind: "product",
  });
  return listing.title ? { listing, card: section, anchor: titleEl } : undefined;
}

/** On a store page (`/shop/store/<name>/<seller id>`) every card is the store's: its id, name and address. */
function storeOf(doc: Document, url: URL, kind: PageKind): { id?: string; name?: string; url?: string } {
  if (kind !== "shop") return {};
  const id = /\/(\d{10,})\/?$/.exec(url.pathname)?.[1];
  const name = collapsedText(doc.querySelector("h1")) || undefined;
  return { id, name, url: `${url.origin}${url.pathname}` };
}

function readCards(root: ParentNode, url: URL, kind: PageKind): FoundListing[] {
  const doc = documentOf(root);
  const store = doc ? storeOf(doc, url, kind) : {};
  return cardsFromLinks(root, PRODUCT_LINK, tiktokProductId).flatMap(({ card, link, id }) => {
    const { title, el, price: dong } = cardTitleAndPrice(card, link, VND_PRICE);
    if (!title) return [];
    // tiktok.com serves every region: the price's own form says which it is.
    const price = dong ? parsePriceText(dong, ",") : parsePriceText(cardPriceText(card, PRICE), ".");
    const listing = shapedListing({
      platform: "tiktok",
      key: `tiktok:${id}`,
      url: trackingFreeUrl(link.getAttribute("href"), url) ?? url.href,
      title,
      price: price?.price,
      priceMax: price?.priceMax,
      currency: dong ? "VND" : undefined,
      sellerId: store.id,
      sellerName: store.name,
      sellerUrl: store.id ? store.url : undefined,
      imageUrl: absoluteHttpUrl(card.querySelector("img")?.getAttribute("src"), url),
      pageKind: kind,
    });
    return [{ listing, card, anchor: el }];
  });
}

export const tiktok: SiteAdapter = {
  platform: "tiktok",
  matches: (url) =>
    (url.hostname === "www.tiktok.com" &&
      (url.pathname.startsWith("/shop") || url.pathname.startsWith("/view/product/"))) ||
    url.hostname === "shop.tiktok.com" ||
    url.hostname.endsWith(".tiktokshop.com"),
  pageKind: pageKindOf,
  scope: (el) => el,
  find(root, url) {
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    // The title is a span, not a heading: the product is read on full reads only.
    return productThenCards(
      root,
      doc,
      kind,
      () => readProductPage(doc, url),
      () => readCards(root, url, kind),
      false,
    );
  },
};
