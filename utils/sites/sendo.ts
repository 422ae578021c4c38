import type { FoundListing, SiteAdapter } from "./adapter";
import { cardPriceText, cardsFromLinks, cardTitleAndPrice, VND_PRICE } from "./link-cards";
import type { PageKind } from "./listing";
import { hasShortMark } from "./official-mark";
import { productThenCards } from "./page-listings";
import { absoluteHttpUrl, documentOf, textOf, trackingFreeUrl } from "./page-text";
import { parsePriceText } from "./price";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";

export const SENDO_MATCHES = ["*://sendo.vn/*", "*://*.sendo.vn/*"];

/** `https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html?…`: the id ends the slug. */
const PRODUCT_IN_URL = /^(?:https?:\/\/(?:www\.)?sendo\.vn)?\/[^/?#]*-(\d{4,})\.html/;
const PRODUCT_LINK = 'a[href*=".html"]';
const SHOP_PLUS = /shop\s*\+|shop\s*plus|shopplus/i;

export function sendoProductId(href: string): string | undefined {
  return PRODUCT_IN_URL.exec(href)?.[1];
}

/** `/shop/<shop>`: a shop's name in its address. */
const SHOP_IN_URL = /\/shop\/([^/?#]+)/;

/**
 * The seller id of a Sendo listing is its shop's name in the shop's address (`recils`): the shop page shows it
 * in its own address and the product page in its link to the shop, so both name the same seller.
 */
export function sendoShopId(href: string | null | undefined): string | undefined {
  return href ? SHOP_IN_URL.exec(href)?.[1] : undefined;
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (sendoProductId(path)) return "product";
  if (path.startsWith("/tim-kiem")) return "search";
  if (path.startsWith("/shop/")) return "shop";
  return path === "/" ? "feed" : "category";
}

/** Sendo's class names are hashed per build, so cards are found by their product links (see link-cards.ts). */
function readCards(root: ParentNode, url: URL, kind: PageKind): FoundListing[] {
  const shopId = kind === "shop" ? sendoShopId(url.pathname) : undefined;
  const shop = shopId
    ? {
        id: shopId,
        name: textOf(documentOf(root)?.querySelector("h1")) || undefined,
        url: `${url.origin}/shop/${shopId}`,
      }
    : {};
  return cardsFromLinks(root, PRODUCT_LINK, sendoProductId).flatMap(({ card, link, id }) => {
    const { title, el, price: priceText } = cardTitleAndPrice(card, link, VND_PRICE);
    if (!title) return [];
    const price = parsePriceText(priceText, ",");
    const image = [...card.querySelectorAll("img")].find(
      (img) => !SHOP_PLUS.test(img.getAttribute("alt") ?? ""),
    );
    const listing = shapedListing({
      platform: "sendo",
      key: `sendo:${id}`,
      url: trackingFreeUrl(link.getAttribute("href"), url) ?? url.href,
      title,
      price: price?.price,
      priceMax: price?.priceMax,
      currency: "VND",
      sellerId: shop.id,
      sellerName: shop.name,
      sellerUrl: shop.url,
      official: hasShortMark(card, SHOP_PLUS),
      imageUrl: absoluteHttpUrl(image?.getAttribute("src"), url),
      pageKind: kind,
    });
    return [{ listing, card, anchor: el }];
  });
}

function readProductPage(doc: Document, url: URL): FoundListing | undefined {
  const id = sendoProductId(url.pathname);
  const titleEl = doc.querySelector("h1");
  if (!id || !titleEl) return undefined;
  const data = productData(doc, url);
  const section = titleEl.parentElement ?? titleEl;
  const shopLink = doc.querySelector('a[href*="sendo.vn/shop/"], a[href^="/shop/"]');
  const shopId = sendoShopId(shopLink?.getAttribute("href"));
  const price = parsePriceText(cardPriceText(section, VND_PRICE), ",");
  const listing = shapedListing({
    platform: "sendo",
    key: `sendo:${id}`,
    url: `${url.origin}${url.pathname}`,
    title: textOf(titleEl) || data?.name || "",
    price: price?.price ?? data?.price,
    priceMax: price ? price.priceMax : data?.priceMax,
    currency: "VND",
    sellerId: shopId,
    sellerName: textOf(shopLink) || data?.sellerName,
    // The shop's address as its own page gives it, whatever part of the shop the link opens.
    sellerUrl: shopId ? `${url.origin}/shop/${shopId}` : undefined,
    official: hasShortMark(section, SHOP_PLUS),
    brand: data?.brand,
    imageUrl: data?.image,
    pageKind: "product",
  });
  return listing.title ? { listing, card: section, anchor: titleEl } : undefined;
}

export const sendo: SiteAdapter = {
  platform: "sendo",
  matches: (url) => url.hostname === "sendo.vn" || url.hostname.endsWith(".sendo.vn"),
  pageKind: pageKindOf,
  scope: (el) => el,
  find(root, url) {
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    return productThenCards(
      root,
      doc,
      kind,
      () => readProductPage(doc, url),
      () => readCards(root, url, kind),
    );
  },
};
