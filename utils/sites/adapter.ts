import type { Listing, PageKind, Platform } from "./listing";

/** A listing found on the page, with the elements the badge attaches to. */
export interface FoundListing {
  listing: Listing;
  /** The whole card (or the product section on a product page): one badge per card. */
  card: Element;
  /** The badge host goes right after this element (the title). */
  anchor: Element;
  /** The product a product page is about (not a card on it): its host is a banner by the title. */
  main?: boolean;
}

/** One platform's knowledge of its pages. Adapters read the DOM only; they know nothing of verdicts or UI. */
export interface SiteAdapter {
  platform: Platform;
  matches(url: URL): boolean;
  pageKind(url: URL): PageKind;
  /** Every listing currently in `root`; must never throw on unexpected markup. */
  find(root: ParentNode, url: URL): FoundListing[];
  /** The card that contains `el`, or `el` itself: what to read again when something inside it changed. */
  scope(el: Element): Element;
}
