import { collapse } from "./page-text";

/**
 * Cards on pages whose class names are hashed (TikTok, Facebook, Sendo): every link to a product, and as its
 * card the largest ancestor that links to that product only. No class name is relied on.
 */
export function cardsFromLinks(
  root: ParentNode,
  linkSelector: string,
  idOf: (href: string) => string | undefined,
): { card: Element; link: Element; id: string }[] {
  // Cards are looked for inside `root` only: a root that is one new card must not grow into the page.
  const stop = root.nodeType === 1 ? (root as Element).parentElement : null;
  const links: { link: Element; id: string }[] = [];
  // Each ancestor of a product link, with the product it holds, or SHARED when it holds several.
  const owner = new Map<Element, string>();
  for (const link of root.querySelectorAll(linkSelector)) {
    const id = idOf(link.getAttribute("href") ?? "");
    if (!id) continue;
    links.push({ link, id });
    for (let up = link.parentElement; up && up !== stop; up = up.parentElement) {
      const held = owner.get(up);
      if (held === SHARED) break;
      owner.set(up, held === undefined || held === id ? id : SHARED);
    }
  }
  const cards = new Map<string, { card: Element; link: Element; id: string }>();
  for (const { link, id } of links) {
    if (cards.has(id)) continue;
    let card: Element = link;
    for (let up = link.parentElement; up && up !== stop && owner.get(up) === id; up = up.parentElement) {
      if (up.tagName === "BODY" || up.tagName === "MAIN") break;
      card = up;
    }
    cards.set(id, { card, link, id });
  }
  return [...cards.values()];
}

const SHARED = "\u0000shared";

/**
 * A letter in any script. Numbers with symbols only ("$24.17", "-35%") are a digit and no letter: never a title.
 * One pattern for that, `^[^\p{L}]*\d…$`, was tried on every text and, cold, took about 3 ms for 180 texts in V8
 * (against 1 ms for these two): its two negated Unicode classes are costly to compile. `LETTER` is tried only
 * on texts with a digit, and stops at the first letter.
 */
const LETTER = /\p{L}/u;
/**
 * Letters of the Latin script, Vietnamese's among them: each is a `\p{L}` letter (a unit test checks every one).
 * Tried first, so that most pages never compile `LETTER`: a first test of it costs about 0.5 ms in V8 (its
 * Unicode class), one of this 0.06 ms (Node, on a Vietnamese title with a digit, as many of Sendo's are).
 */
export const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/;
const HAS_DIGIT = /\d/;

function hasLetter(text: string): boolean {
  return LATIN_LETTER.test(text) || LETTER.test(text);
}

/** Leaves that hold a card's texts. Headings hold titles, never prices. */
const TEXT_LEAVES = "span, h2, h3, h4, div, p";

/**
 * The card's title: the link's own label, else the longest text in it that is not a price. With it, the card's
 * price text, as cardPriceText finds it, read in the same walk over the card's leaves.
 */
export function cardTitleAndPrice(
  card: Element,
  link: Element,
  pricePattern: RegExp,
): { title: string; el: Element; price: string } {
  // A label that is a phrase; sites also put tracking tokens there ("product_item").
  const label = (link.getAttribute("title") ?? link.getAttribute("aria-label"))?.trim();
  const phrase = label?.includes(" ") ? label : undefined;
  let best: { title: string; el: Element } = { title: phrase ?? "", el: link };
  let price = "";
  for (const el of card.querySelectorAll(TEXT_LEAVES)) {
    if (el.firstElementChild) continue;
    const raw = el.textContent ?? "";
    // Every price and every number has a digit: most texts are taken or skipped without a pattern tried.
    const digit = HAS_DIGIT.test(raw);
    let text: string | undefined;
    if (digit && !price && el.tagName[0] !== "H") {
      text = collapse(raw);
      if (text.length <= 40 && pricePattern.test(text)) price = text;
    }
    // Collapsing white space only shortens a text: one no longer than the best so far cannot beat it.
    if (phrase !== undefined || raw.length <= best.title.length) continue;
    text ??= collapse(raw);
    if (text.length <= best.title.length) continue;
    if (!digit || (hasLetter(text) && !VND_PRICE.test(text))) best = { title: text, el };
  }
  return { title: best.title, el: best.el, price };
}

/**
 * A price as Vietnamese storefronts print it: "159.000 ₫", "2.200.000đ", "₫159.000", "159.000 VND". Letter case
 * is spelled out rather than left to the `i` flag: with it, V8 folds the case of `đ` through Unicode tables, and
 * compiling the pattern cold took 0.53 ms against 0.34 ms (a fresh page, 3 tests of 5 texts).
 */
export const VND_PRICE = /^(?:₫\s*\d[\d.,]*|\d{1,3}(?:[.,]\d{3})*\s*(?:[đĐ₫]|[vV][nN][dD]))(?:\s*-\s*.*)?$/;

/** The first short text in the card that is a price in `pricePattern` ("159.000 ₫", "$24.17"). */
export function cardPriceText(card: Element, pricePattern: RegExp): string {
  for (const el of card.querySelectorAll("span, div, p")) {
    if (el.firstElementChild) continue;
    const raw = el.textContent ?? "";
    // Every price has a digit: most of a card's texts are skipped before any collapsing.
    if (!HAS_DIGIT.test(raw)) continue;
    const text = collapse(raw);
    if (text.length <= 40 && pricePattern.test(text)) return text;
  }
  return "";
}
