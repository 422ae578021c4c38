import { h, render } from "preact";
import type { Language } from "@/utils/localized";
import type { FoundListing } from "@/utils/sites/adapter";
import { Badge, type BadgeProps } from "./Badge";
import css from "./badge.css?inline";
import { I18nProvider } from "./i18n-context";

export const BADGE_TAG = "soi-hang-badge";

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet shared by every badge; a <style> per root where adoption is not allowed. */
function applyStyles(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    } catch {
      sharedSheet = null;
    }
  }
  try {
    if (sharedSheet) {
      root.adoptedStyleSheets = [sharedSheet];
      return;
    }
  } catch {
    // Firefox content scripts cannot adopt sheets across compartments.
  }
  const style = document.createElement("style");
  style.textContent = css;
  root.append(style);
}

const STOPPED_EVENTS = [
  "click",
  "mousedown",
  "mouseup",
  "pointerdown",
  "pointerup",
  "keydown",
  "keyup",
  "keypress",
  "input",
  "change",
];
/** Elements whose own default action a click must keep. Buttons are absent on purpose: see isolate(). */
const KEEPS_DEFAULT = "a[href], select, option";

/**
 * Keeps the page from reacting to the badge. Badges often sit inside the card's <a>, and Chrome follows that
 * link for a click on any button or text inside it, so clicks are cancelled inside the shadow root (where the
 * real target is visible; a listener on a closed root's host would only see the host). Preact handlers have
 * run by then. Stopping propagation at the root keeps the site's own handlers from seeing the badge's events.
 */
function isolate(root: ShadowRoot): void {
  for (const type of STOPPED_EVENTS) {
    root.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type !== "click") return;
      const target = event.target;
      if (!(target instanceof Element) || !target.closest(KEEPS_DEFAULT)) event.preventDefault();
    });
  }
}

/** The Preact container inside each host's closed shadow root (the style element, if any, stays beside it). */
const containers = new WeakMap<HTMLElement, HTMLElement>();

/** Creates (or updates) the single badge host of a card, per the DOM contract in DESIGN.md. */
export function mountBadge(
  found: FoundListing,
  props: BadgeProps,
  i18n: { lang: Language; strings: Readonly<Record<string, string>> },
): HTMLElement {
  let host = found.card.querySelector<HTMLElement>(BADGE_TAG);
  let container = host ? containers.get(host) : undefined;
  if (!host || !container) {
    host?.remove();
    host = document.createElement(BADGE_TAG);
    const root = host.attachShadow({ mode: "closed" });
    applyStyles(root);
    container = document.createElement("div");
    root.append(container);
    containers.set(host, container);
    isolate(root);
  }
  host.dataset.listing = props.listing.key;
  host.dataset.level = props.verdict.level;
  if (found.anchor.nextElementSibling !== host) found.anchor.after(host);
  render(h(I18nProvider, { ...i18n, children: h(Badge, props) }), container);
  return host;
}

export function unmountAllBadges(): void {
  for (const host of document.querySelectorAll<HTMLElement>(BADGE_TAG)) {
    const container = containers.get(host);
    if (container) render(null, container);
    host.remove();
  }
}
