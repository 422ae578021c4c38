import type { FoundListing, SiteAdapter } from "./adapter";
import type { PageKind } from "./listing";
import { hasShortMark } from "./official-mark";
import { cardsIn, productThenCards } from "./page-listings";
import { absoluteHttpUrl, documentOf, textOf, trackingFreeUrl } from "./page-text";
import { parsePriceText } from "./price";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";
import { variantNames } from "./variant-names";

export const TIKI_MATCHES = ["*://tiki.vn/*", "*://*.tiki.vn/*"];

/** `…-p143022290.html?spid=143022291`: the product id, and the seller's offer of it. */
const PRODUCT_IN_URL = /-p(\d+)\.html/;
/** The one query parameter a product address keeps: which seller's offer it is. */
const OFFER_PARAMS = ["spid"];
const CARD = "a.product-item, [data-view-id='product_list_item']";
// Tiki's official-store mark is an image labelled "Chính hãng" / "Official"; titles also say "Hàng Chính
// Hãng", so only a short label counts.
const OFFICIAL_MARK = /chính\s*hãng|official|tiki\s*trading/i;

export function tikiProductId(href: string): string | undefined {
  return PRODUCT_IN_URL.exec(href)?.[1];
}

/** `/cua-hang/<store>`: a store's name in its address. */
const STORE_IN_URL = /\/cua-hang\/([^/?#]+)/;

/**
 * The seller id of a Tiki listing is its store's name in the store's address (`tiki-trading`): the store page
 * shows it in its own address and the product page in its link to the store, so a card on either and the
 * product page itself name the same seller. The numeric id only some page data carries would not match it.
 */
export function tikiStoreId(href: string | null | undefined): string | undefined {
  return href ? STORE_IN_URL.exec(href)?.[1] : undefined;
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (PRODUCT_IN_URL.test(path)) return "product";
  if (path.startsWith("/search")) return "search";
  if (path.startsWith("/cua-hang/")) return "shop";
  if (/\/c\d+/.test(path)) return "category";
  return path === "/" ? "feed" : "category";
}

interface Seller {
  id?: string;
  name?: string;
  url?: string;
}

/** Tiki is a Next.js site: the product page's seller is in `__NEXT_DATA__`, which the DOM does not show whole. */
function nextDataSeller(doc: Document): Omit<Seller, "id"> {
  const raw = doc.getElementById("__NEXT_DATA__")?.textContent;
  if (!raw) return {};
  try {
    const m = /"current_seller"\s*:\s*(\{[^{}]*\})/.exec(raw);
    if (!m?.[1]) return {};
    const seller = JSON.parse(m[1]) as { name?: unknown; link?: unknown };
    return {
      name: typeof seller.name === "string" ? seller.name : undefined,
      url: typeof seller.link === "string" ? seller.link : undefined,
    };
  } catch {
    return {};
  }
}

function shopSeller(doc: Document, url: URL): Seller {
  const id = tikiStoreId(url.pathname);
  const name = textOf(doc.querySelector(".seller-name, h1"));
  return { id, name: name || undefined, url: id ? `${url.origin}/cua-hang/${id}` : undefined };
}

function readCard(card: Element, url: URL, kind: PageKind, seller: Seller): FoundListing | undefined {
  const href = card.getAttribute("href") ?? card.querySelector("a[href]")?.getAttribute("href") ?? "";
  const id = tikiProductId(href);
  const titleEl = card.querySelector(".name h3, .name, h3");
  const title = textOf(titleEl);
  if (!id || !title || !titleEl) return undefined;
  const price = parsePriceText(textOf(card.querySelector(".price-discount__price, [class*='price']")), ",");
  const listing = shapedListing({
    platform: "tiki",
    key: `tiki:${id}`,
    url: trackingFreeUrl(href, url, OFFER_PARAMS) ?? url.href,
    title,
    price: price?.price,
    priceMax: price?.priceMax,
    currency: "VND",
    sellerId: seller.id,
    sellerName: seller.name,
    sellerUrl: seller.url,
    official: hasShortMark(card, OFFICIAL_MARK),
    imageUrl: absoluteHttpUrl(
      card.querySelector("img.product-image, img:not(.badge-top)")?.getAttribute("src"),
      url,
    ),
    pageKind: kind,
  });
  return { listing, card, anchor: titleEl };
}

function readProductPage(doc: Document, url: URL): FoundListing | undefined {
  const id = tikiProductId(url.pathname);
  const titleEl = doc.querySelector("h1");
  if (!id || !titleEl) return undefined;
  const data = productData(doc, url);
  const seller = nextDataSeller(doc);
  const sellerLink = doc.querySelector('a[href*="/cua-hang/"]');
  const linked = trackingFreeUrl(seller.url ?? sellerLink?.getAttribute("href"), url);
  const sellerId = tikiStoreId(linked);
  // The store's address as its own page gives it, whatever part of the store the link opens.
  const sellerUrl = sellerId ? `${url.origin}/cua-hang/${sellerId}` : linked;
  const section = titleEl.parentElement ?? titleEl;
  const price = parsePriceText(
    textOf(doc.querySelector(".product-price__current-price, [class*='current-price']")),
    ",",
  );
  const listing = shapedListing({
    platform: "tiki",
    key: `tiki:${id}`,
    url: trackingFreeUrl(url.href, url, OFFER_PARAMS) ?? url.href,
    title: textOf(titleEl) || data?.name || "",
    price: price?.price ?? data?.price,
    priceMax: price ? price.priceMax : data?.priceMax,
    currency: "VND",
    sellerId,
    sellerName: seller.name ?? (textOf(sellerLink) || data?.sellerName),
    sellerUrl,
    official: hasShortMark(section, OFFICIAL_MARK),
    brand: textOf(doc.querySelector('a[href*="/thuong-hieu/"]')) || data?.brand,
    imageUrl: data?.image,
    variants: variantNames(doc, '[data-view-id="pdp_main_select_configuration_item"]'),
    pageKind: "product",
  });
  return listing.title ? { listing, card: section, anchor: titleEl } : undefined;
}

export const tiki: SiteAdapter = {
  platform: "tiki",
  matches: (url) => url.hostname === "tiki.vn" || url.hostname.endsWith(".tiki.vn"),
  pageKind: pageKindOf,
  scope: (el) => el.closest(CARD) ?? el,
  find(root, url) {
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    const seller = kind === "shop" ? shopSeller(doc, url) : {};
    return productThenCards(
      root,
      doc,
      kind,
      () => readProductPage(doc, url),
      () => cardsIn(root, CARD).flatMap((card) => readCard(card, url, kind, seller) ?? []),
    );
  },
};
