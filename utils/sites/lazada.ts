import type { FoundListing, SiteAdapter } from "./adapter";
import type { PageKind } from "./listing";
import { cardsIn, productThenCards } from "./page-listings";
import { absoluteHttpUrl, documentOf, textOf, trackingFreeUrl } from "./page-text";
import { parsePriceText } from "./price";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";
import { variantNames } from "./variant-names";

/** Lazada's regional storefronts: the same front end on each. */
const LAZADA_REGIONS = {
  "lazada.vn": { currency: "VND", decimal: "," },
  "lazada.com.ph": { currency: "PHP", decimal: "." },
  "lazada.co.id": { currency: "IDR", decimal: "," },
  "lazada.com.my": { currency: "MYR", decimal: "." },
  "lazada.sg": { currency: "SGD", decimal: "." },
  "lazada.co.th": { currency: "THB", decimal: "." },
} as const satisfies Record<string, { currency: string; decimal: "." | "," }>;

type LazadaDomain = keyof typeof LAZADA_REGIONS;

export const LAZADA_MATCHES = Object.keys(LAZADA_REGIONS).flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);

function lazadaRegion(hostname: string) {
  const domain = (Object.keys(LAZADA_REGIONS) as LazadaDomain[]).find(
    (d) => hostname === d || hostname.endsWith(`.${d}`),
  );
  return domain ? LAZADA_REGIONS[domain] : undefined;
}

/** `…-i2894375047.html`, `…-i1075360430-s3710474642.html`, `pdp-i123.html`. */
const ITEM_IN_URL = /-i(\d+)(?:-s(\d+))?\.html/;
const CARD = '[data-qa-locator="product-item"]';
// The LazMall badge is a background image whose file name changes; its class carries the badge's id.
const LAZMALL_MARK = '.ic-dynamic-badge-68926, [class*="lazmall" i], [data-badge="lazmall"]';
const NOT_SHOP_PATHS = new Set([
  "catalog",
  "products",
  "customer",
  "cart",
  "wow",
  "helpcenter",
  "tag",
  "shop-",
]);

export function lazadaItemId(href: string): string | undefined {
  return ITEM_IN_URL.exec(href)?.[1];
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (path.startsWith("/products/") || ITEM_IN_URL.test(path)) return "product";
  const first = path.split("/")[1] ?? "";
  // Store pages: `/shop/<name>/` and `/<store-name>/?from=wangpu…` (their own search carries `q` too).
  if (first === "shop" || (first && !NOT_SHOP_PATHS.has(first) && url.searchParams.get("from") === "wangpu"))
    return "shop";
  if (first === "catalog" || url.searchParams.has("q")) return "search";
  if (first && !NOT_SHOP_PATHS.has(first)) return "category";
  return "feed";
}

interface Seller {
  id?: string;
  name?: string;
  url?: string;
}

/** Lazada's pages carry the seller in their inline page data; the DOM has the name only. */
function inlineSellerId(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll("script:not([src])")) {
    const m = /"sellerId"\s*:\s*"?(\d+)/.exec(script.textContent ?? "");
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** The store of the page last read, per document: a store page is read again for every batch of new cards. */
const storeOfPage = new WeakMap<Document, { href: string; seller: Seller }>();

/**
 * On a store page every card is the store's; the header names it. The store's address is given in the form
 * product pages link to (`/shop/<store>/`), whichever of its two forms the page was opened at. Found once per
 * address: a real Lazada page has about 450 KB of inline script to search for the seller id (0.3–0.4 ms a
 * time once compiled, 2.2 ms the first time, on the saved PH page), and a store page is read again for every
 * batch of cards it loads. A store that has not shown its name or id yet is looked for again next time.
 */
function storeSeller(doc: Document, url: URL): Seller {
  const known = storeOfPage.get(doc);
  if (known?.href === url.href) return known.seller;
  const name = textOf(doc.querySelector('[data-qa-locator="shop-name"], .shop-name, h1'));
  const [first, second] = url.pathname.split("/").slice(1);
  const store = first === "shop" ? second : first;
  const seller = {
    id: inlineSellerId(doc),
    name: name || undefined,
    url: store ? `${url.origin}/shop/${store}/` : undefined,
  };
  if (seller.id && seller.name) storeOfPage.set(doc, { href: url.href, seller });
  return seller;
}

function readCard(card: Element, url: URL, kind: PageKind, seller: Seller): FoundListing | undefined {
  const region = lazadaRegion(url.hostname);
  const titleLink = card.querySelector("a[title]") ?? card.querySelector('a[href*="-i"]');
  const href = titleLink?.getAttribute("href") ?? "";
  const itemId = card.getAttribute("data-item-id") ?? lazadaItemId(href);
  if (!region || !titleLink || !itemId) return undefined;
  const title = titleLink.getAttribute("title")?.trim() || textOf(titleLink);
  if (!title) return undefined;
  const price = parsePriceText(textOf(card.querySelector(".ooOxS, [class*='price']")), region.decimal);
  const image = card.querySelector("img[type='product'], img");
  const listing = shapedListing({
    platform: "lazada",
    key: `lazada:${itemId}`,
    url: trackingFreeUrl(href, url) ?? url.href,
    title,
    price: price?.price,
    priceMax: price?.priceMax,
    currency: region.currency,
    sellerId: seller.id,
    sellerName: seller.name,
    sellerUrl: seller.url,
    official: card.querySelector(LAZMALL_MARK) !== null,
    imageUrl: absoluteHttpUrl(image?.getAttribute("src"), url),
    pageKind: kind,
  });
  return { listing, card, anchor: titleLink };
}

/** The SKU options of a product page: colours and sizes by name. */
const LAZADA_VARIANTS = ".sku-prop-content .sku-variable-name-text, .sku-prop-content .sku-variable-name";

function readProductPage(doc: Document, url: URL): FoundListing | undefined {
  const region = lazadaRegion(url.hostname);
  const itemId = lazadaItemId(url.pathname);
  const titleEl = doc.querySelector(".pdp-mod-product-badge-title, h1");
  if (!region || !itemId || !titleEl) return undefined;
  const data = productData(doc, url);
  const section =
    titleEl.closest("#module_product_detail, .pdp-block, main, section") ?? titleEl.parentElement;
  const domPrice = parsePriceText(
    textOf(doc.querySelector(".pdp-price_type_normal, .pdp-price")),
    region.decimal,
  );
  const sellerLink = doc.querySelector(".seller-name__detail a, a.seller-name__detail-name");
  const listing = shapedListing({
    platform: "lazada",
    key: `lazada:${itemId}`,
    url: `${url.origin}${url.pathname}`,
    title: textOf(titleEl) || data?.name || "",
    price: domPrice?.price ?? data?.price,
    priceMax: domPrice ? domPrice.priceMax : data?.priceMax,
    currency: data?.currency ?? region.currency,
    sellerId: inlineSellerId(doc),
    sellerName: textOf(sellerLink) || data?.sellerName,
    sellerUrl: trackingFreeUrl(sellerLink?.getAttribute("href"), url),
    official: (section ?? doc).querySelector(LAZMALL_MARK) !== null,
    brand: textOf(doc.querySelector(".pdp-product-brand__brand-link")) || data?.brand,
    variants: variantNames(doc, LAZADA_VARIANTS),
    imageUrl:
      data?.image ??
      absoluteHttpUrl(doc.querySelector(".gallery-preview-panel__image")?.getAttribute("src"), url),
    pageKind: "product",
  });
  return listing.title ? { listing, card: section ?? titleEl, anchor: titleEl } : undefined;
}

export const lazada: SiteAdapter = {
  platform: "lazada",
  matches: (url) => lazadaRegion(url.hostname) !== undefined,
  pageKind: pageKindOf,
  scope: (el) => el.closest(CARD) ?? el,
  find(root, url) {
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    const seller = kind === "shop" ? storeSeller(doc, url) : {};
    return productThenCards(
      root,
      doc,
      kind,
      () => readProductPage(doc, url),
      () => cardsIn(root, CARD).flatMap((card) => readCard(card, url, kind, seller) ?? []),
    );
  },
};
