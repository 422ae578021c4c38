import type { FoundListing, SiteAdapter } from "./adapter";
import type { PageKind } from "./listing";
import { absoluteHttpUrl, documentOf, textOf, trackingFreeUrl } from "./page-text";
import { parsePriceText } from "./price";
import { productData } from "./product-data";
import { shapedListing } from "./shaped-listing";
import { shopeeRegion } from "./shopee-domains";
import { variantNames } from "./variant-names";

const ITEM_IN_PATH = [/-i\.(\d+)\.(\d+)(?:$|[/?#])/, /\/product\/(\d+)\/(\d+)(?:$|[/?#])/];
const CARD_SELECTOR = [
  'li[data-sqe="item"]',
  ".shopee-search-item-result__item",
  ".shop-search-result-view__item",
  '[data-sqe="item"]',
].join(",");
const CURRENCY_SIGN = /^(?:₫|\$|S\$|RM|₱|฿|Rp|NT\$)$/;
const TITLE_SELECTOR = '.line-clamp-2, [data-sqe="name"]';
// "Shopee Mall" / official marks as images or labels. The generic "flag-label" image is deliberately not one:
// it also marks Preferred sellers, and a false "official" is worse than none.
const OFFICIAL_MARK = /\b(shopee\s*)?mall\b|official\s*(store|shop)|chính\s*hãng/i;
const NOT_SHOP_PATHS = new Set([
  "search",
  "cart",
  "user",
  "buyer",
  "mall",
  "daily_discover",
  "flash_sale",
  "verify",
]);

export function shopeeItemIds(href: string): { shopId: string; itemId: string } | undefined {
  let path: string;
  try {
    path = decodeURI(new URL(href, "https://shopee.vn").pathname);
  } catch {
    return undefined;
  }
  for (const pattern of ITEM_IN_PATH) {
    const m = pattern.exec(path);
    if (m?.[1] && m[2]) return { shopId: m[1], itemId: m[2] };
  }
  return undefined;
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (shopeeItemIds(url.href)) return "product";
  if (path.startsWith("/search")) return "search";
  if (/-cat\.\d+/.test(path)) return "category";
  if (path === "/" || path.startsWith("/daily_discover")) return "feed";
  const first = path.split("/")[1] ?? "";
  if (path.startsWith("/shop/") || (first && !NOT_SHOP_PATHS.has(first) && !path.slice(1).includes("/")))
    return "shop";
  return "search";
}

/** A mark is a short label ("Shopee Mall"); a product image's alt text is the title and proves nothing. */
const MAX_MARK_LENGTH = 24;

function hasOfficialMark(el: Element): boolean {
  for (const marked of el.querySelectorAll("[alt], [aria-label]")) {
    for (const label of [marked.getAttribute("alt"), marked.getAttribute("aria-label")]) {
      if (label && label.length <= MAX_MARK_LENGTH && OFFICIAL_MARK.test(label)) return true;
    }
  }
  return false;
}

/** The element that holds the card's displayed price: Shopee colours it with its primary colour class. */
function priceText(card: Element): string {
  const labelled = card.querySelector('[aria-label="promotion price"], [aria-label="price"]')?.parentElement;
  const primary = labelled ?? card.querySelector('[class*="text-shopee-primary"]');
  if (primary) return textOf(primary);
  // The home feed's cards have neither: the price is a currency sign and an amount, in sibling spans.
  for (const sign of card.querySelectorAll("span")) {
    if (CURRENCY_SIGN.test(textOf(sign))) return textOf(sign.parentElement);
  }
  return "";
}

function cardFor(link: Element): Element | null {
  return link.closest(CARD_SELECTOR);
}

function readCard(
  card: Element,
  link: Element,
  url: URL,
  kind: PageKind,
  shop: ShopContext,
): FoundListing | undefined {
  const region = shopeeRegion(url.hostname);
  const ids = shopeeItemIds(link.getAttribute("href") ?? "");
  if (!region || !ids) return undefined;
  const titleEl = card.querySelector(TITLE_SELECTOR);
  const image = card.querySelector("img:not([alt='flag-label'])");
  const title = textOf(titleEl) || image?.getAttribute("alt")?.trim() || "";
  if (!title) return undefined;
  const price = parsePriceText(priceText(card), region.decimal);
  const sameShop = shop.id === ids.shopId;
  const listing = shapedListing({
    platform: "shopee",
    key: `shopee:${ids.shopId}:${ids.itemId}`,
    url: trackingFreeUrl(link.getAttribute("href"), url) ?? url.href,
    title,
    price: price?.price,
    priceMax: price?.priceMax,
    currency: region.currency,
    sellerId: ids.shopId,
    sellerName: sameShop ? shop.name : undefined,
    sellerUrl: sameShop ? shop.url : undefined,
    official: hasOfficialMark(card),
    imageUrl: absoluteHttpUrl(image?.getAttribute("src"), url),
    pageKind: kind,
  });
  return { listing, card, anchor: titleEl ?? link };
}

interface ShopContext {
  id?: string;
  name?: string;
  url?: string;
}

/** On a shop page every card's seller is the shop in the header; find its id from the cards' URLs. */
function shopContextOf(root: ParentNode, url: URL, kind: PageKind, links: Element[]): ShopContext {
  if (kind !== "shop") return {};
  const name = textOf(root.querySelector(".section-seller-overview-horizontal__portrait-name, h1"));
  const counts = new Map<string, number>();
  for (const link of links) {
    const id = shopeeItemIds(link.getAttribute("href") ?? "")?.shopId;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return { id: top?.[0], name: name || undefined, url: `${url.origin}${url.pathname}` };
}

/** The variation buttons of a product page ("Phân loại"), older and newer markup. */
const SHOPEE_VARIANTS = 'button.product-variation, button[class*="selection-box"]';

function readProductPage(root: ParentNode, url: URL): FoundListing | undefined {
  const region = shopeeRegion(url.hostname);
  const ids = shopeeItemIds(url.href);
  if (!region || !ids) return undefined;
  const titleEl = [...root.querySelectorAll("h1")].find((h) => !h.closest(CARD_SELECTOR));
  if (!titleEl) return undefined;
  const ld = productData(root, url);
  const section = titleEl.closest("section, main, [class*='product']") ?? titleEl.parentElement ?? titleEl;
  const domPrice = parsePriceText(
    textOf(section.querySelector('[class*="price"], [aria-label*="price" i]')),
    region.decimal,
  );
  const shopLink = root.querySelector(`a[href^="/shop/${ids.shopId}"], a[href*="/shop/${ids.shopId}"]`);
  const sellerName =
    textOf(root.querySelector('[data-testid="shop-name"], [class*="shop-name"]')) || ld?.sellerName;
  const listing = shapedListing({
    platform: "shopee",
    key: `shopee:${ids.shopId}:${ids.itemId}`,
    url: `${url.origin}${url.pathname}`,
    title: textOf(titleEl) || ld?.name || "",
    price: ld?.price ?? domPrice?.price,
    priceMax: ld?.price !== undefined ? ld.priceMax : domPrice?.priceMax,
    currency: ld?.currency ?? region.currency,
    sellerId: ids.shopId,
    sellerName: sellerName?.trim() || undefined,
    sellerUrl: trackingFreeUrl(shopLink?.getAttribute("href") ?? `/shop/${ids.shopId}`, url),
    official:
      hasOfficialMark(section) || (shopLink?.parentElement ? hasOfficialMark(shopLink.parentElement) : false),
    brand: ld?.brand,
    imageUrl: ld?.image,
    variants: variantNames(root, SHOPEE_VARIANTS),
    pageKind: "product",
  });
  return listing.title ? { listing, card: section, anchor: titleEl, main: true } : undefined;
}

export const shopee: SiteAdapter = {
  platform: "shopee",
  matches: (url) => shopeeRegion(url.hostname) !== undefined,
  pageKind: pageKindOf,
  scope: (el) => el.closest(CARD_SELECTOR) ?? el,
  find(root, url) {
    // Cards are read inside `root` (the whole page, or only what was just added); page-level facts (the product
    // on a product page, the shop header) always come from the document.
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    const found: FoundListing[] = [];
    // The product itself only on a full read or when this subtree brought its title, not once per changed card.
    const withTitle = root === doc || (root as ParentNode).querySelector("h1") !== null;
    const product = kind === "product" && withTitle ? readProductPage(doc, url) : undefined;
    if (product) found.push(product);
    const links = [...root.querySelectorAll('a[href*="-i."], a[href*="/product/"]')];
    const shop = shopContextOf(doc, url, kind, links);
    const seenCards = new Set<Element>();
    const seenKeys = new Set(found.map((f) => f.listing.key));
    for (const link of links) {
      const card = cardFor(link);
      if (!card || seenCards.has(card)) continue;
      seenCards.add(card);
      const item = readCard(card, link, url, kind, shop);
      if (item && !seenKeys.has(item.listing.key)) {
        seenKeys.add(item.listing.key);
        found.push(item);
      }
    }
    return found;
  },
};
