import type { FoundListing, SiteAdapter } from "./adapter";
import { cardPriceText, cardsFromLinks, cardTitleAndPrice, VND_PRICE } from "./link-cards";
import type { PageKind } from "./listing";
import { MAX_DESCRIPTION_CHARS, MAX_LINKS } from "./listing-limits";
import { cardsIn, productThenCards } from "./page-listings";
import { absoluteHttpUrl, collapsedText, documentOf, trackingFreeUrl } from "./page-text";
import { parsePriceText } from "./price";
import { shapedListing } from "./shaped-listing";

export const FACEBOOK_MATCHES = ["*://www.facebook.com/*", "*://web.facebook.com/*", "*://m.facebook.com/*"];

const ITEM_IN_URL = /\/marketplace\/item\/(\d+)/;
const ITEM_LINK = 'a[href*="/marketplace/item/"]';
// Old-style addresses name the post and the profile in the query: `permalink.php?story_fbid=…&id=…`.
const POST_PARAMS = ["story_fbid", "id"];
const PROFILE_PARAMS = ["id"];

/** A post sells when it names a price and offers a way to buy: "Nhắn tin", "Mua", "Send message", "Buy". */
const SALE_BUTTON = /^(nhắn tin|mua|mua ngay|đặt hàng|send message|message|buy|buy now)$/i;
const POST_PRICE =
  /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(k|nghìn|ngàn|tr|triệu|đ|₫|vnd)\b|(?:giá|price)\s*:?\s*(\d[\d.,]*)/i;

export function facebookItemId(href: string): string | undefined {
  return ITEM_IN_URL.exec(href)?.[1];
}

function pageKindOf(url: URL): PageKind {
  const path = url.pathname;
  if (facebookItemId(path)) return "product";
  if (path.startsWith("/marketplace/profile/")) return "shop";
  if (path.includes("/marketplace/") && path.includes("/search")) return "search";
  if (path.startsWith("/marketplace")) return "category";
  return "post";
}

/** A seller's profile id from the links Facebook shows around a name. */
function profileId(href: string): string | undefined {
  const m =
    /\/marketplace\/profile\/(\d+)/.exec(href) ??
    /\/groups\/[^/]+\/user\/(\d+)/.exec(href) ??
    /[?&]id=(\d+)/.exec(href);
  return m?.[1];
}

/** Facebook's own hosts: a link there is not a web shop's. */
const FACEBOOK_HOST =
  /(^|\.)(facebook\.com|fb\.com|fb\.me|fb\.watch|messenger\.com|instagram\.com|fbcdn\.net)$/;

/**
 * The web shops a post links to, in its text: Facebook wraps outgoing links (`l.facebook.com/l.php?u=…`), which
 * are unwrapped; the address is kept without its query (Facebook adds `fbclid`), at most MAX_LINKS.
 */
export function linksOut(root: Element, base: URL): string[] | undefined {
  const out: string[] = [];
  for (const a of root.querySelectorAll("a[href]")) {
    let address = absoluteHttpUrl(a.getAttribute("href"), base);
    if (!address) continue;
    let url: URL;
    try {
      url = new URL(address);
      if (/(^|\.)facebook\.com$/.test(url.hostname) && url.pathname === "/l.php") {
        address = url.searchParams.get("u") ?? "";
        url = new URL(address);
      }
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || FACEBOOK_HOST.test(url.hostname)) continue;
    const kept = `${url.origin}${url.pathname}`;
    if (!out.includes(kept)) out.push(kept);
    if (out.length === MAX_LINKS) break;
  }
  return out.length > 0 ? out : undefined;
}

/** "450k", "3,5 triệu", "3.200.000đ", "Giá: 990.000" as đồng. */
function postPrice(text: string): number | undefined {
  const m = POST_PRICE.exec(text);
  if (!m) return undefined;
  const unit = m[2]?.toLowerCase();
  const amount = parsePriceText(m[1] ?? m[3] ?? "", ",")?.price;
  if (amount === undefined) return undefined;
  if (unit === "k" || unit === "nghìn" || unit === "ngàn") return amount * 1000;
  if (unit === "tr" || unit === "triệu") return amount * 1_000_000;
  return amount;
}

function readMarketplaceCards(root: ParentNode, url: URL, kind: PageKind): FoundListing[] {
  return cardsFromLinks(root, ITEM_LINK, facebookItemId).flatMap(({ card, link, id }) => {
    const { title, el, price: priceText } = cardTitleAndPrice(card, link, VND_PRICE);
    if (!title) return [];
    const price = parsePriceText(priceText, ",");
    const listing = shapedListing({
      platform: "facebook",
      key: `facebook:${id}`,
      url: `${url.origin}/marketplace/item/${id}/`,
      title,
      price: price?.price,
      currency: price ? "VND" : undefined,
      imageUrl: absoluteHttpUrl(card.querySelector("img")?.getAttribute("src"), url),
      pageKind: kind,
    });
    return [{ listing, card, anchor: el }];
  });
}

function readItemPage(doc: Document, url: URL): FoundListing | undefined {
  const id = facebookItemId(url.pathname);
  const titleEl = doc.querySelector('[role="main"] h1, h1');
  if (!id || !titleEl) return undefined;
  const section = titleEl.parentElement ?? titleEl;
  const price = parsePriceText(cardPriceText(section, VND_PRICE), ",");
  const seller = doc.querySelector('[role="main"] a[href*="/marketplace/profile/"]');
  const listing = shapedListing({
    platform: "facebook",
    key: `facebook:${id}`,
    url: `${url.origin}/marketplace/item/${id}/`,
    title: collapsedText(titleEl),
    price: price?.price,
    currency: price ? "VND" : undefined,
    sellerId: profileId(seller?.getAttribute("href") ?? ""),
    sellerName: collapsedText(seller) || undefined,
    sellerUrl: trackingFreeUrl(seller?.getAttribute("href"), url),
    // The item's description may send buyers to a web shop: its links out, as a sale post's.
    links: linksOut(doc.querySelector('[role="main"]') ?? section, url),
    pageKind: "product",
  });
  return listing.title ? { listing, card: section, anchor: titleEl } : undefined;
}

/** Sale posts in groups and pages: a price in the text and a buy / message button. */
function readPosts(root: ParentNode, url: URL): FoundListing[] {
  return cardsIn(root, '[role="article"]').flatMap((article) => {
    if (article.parentElement?.closest('[role="article"]')) return []; // a comment inside a post
    const buttons = [...article.querySelectorAll('[role="button"], button')];
    if (!buttons.some((b) => SALE_BUTTON.test(collapsedText(b)))) return [];
    const body = article.querySelector('[dir="auto"]:not(h3 *):not(a *)');
    const text = collapsedText(body);
    const price = postPrice(text);
    if (!body || price === undefined) return [];
    const postLink = [...article.querySelectorAll("a[href]")].find((a) =>
      /\/posts\/\d+|\/permalink\/\d+|story_fbid=\d+/.test(a.getAttribute("href") ?? ""),
    );
    const postId = /(?:posts|permalink)\/(\d+)|story_fbid=(\d+)/.exec(postLink?.getAttribute("href") ?? "");
    const author = article.querySelector("h3 a, h2 a, strong a");
    const id = postId?.[1] ?? postId?.[2];
    if (!id) return [];
    const listing = shapedListing({
      platform: "facebook",
      key: `facebook:post:${id}`,
      url: trackingFreeUrl(postLink?.getAttribute("href"), url, POST_PARAMS) ?? url.href,
      title: text.slice(0, 200),
      // The first lines past the title: sellers put the brand and the slang further down the post.
      description: text.length > 200 ? text.slice(0, MAX_DESCRIPTION_CHARS) : undefined,
      links: linksOut(article, url),
      price,
      currency: "VND",
      sellerId: profileId(author?.getAttribute("href") ?? ""),
      sellerName: collapsedText(author) || undefined,
      sellerUrl: trackingFreeUrl(author?.getAttribute("href"), url, PROFILE_PARAMS),
      pageKind: "post",
    });
    return [{ listing, card: article, anchor: body }];
  });
}

export const facebook: SiteAdapter = {
  platform: "facebook",
  matches: (url) => /(^|\.)facebook\.com$/.test(url.hostname),
  pageKind: pageKindOf,
  scope: (el) => el.closest('[role="article"]') ?? el,
  find(root, url) {
    const doc = documentOf(root);
    if (!doc) return [];
    const kind = pageKindOf(url);
    if (kind === "post") return readPosts(root, url);
    return productThenCards(
      root,
      doc,
      kind,
      () => readItemPage(doc, url),
      () => readMarketplaceCards(root, url, kind),
      false,
    );
  },
};
