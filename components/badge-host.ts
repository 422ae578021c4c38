import { h, render } from "preact";
import type { FoundListing } from "@/utils/sites/adapter";
import { Badge, type BadgeProps } from "./Badge";
import css from "./badge.css?inline";

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

const STOPPED_EVENTS = ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "input", "change", "submit"];
const OWN_ACTIVATION = "button, a[href], input, select, textarea, label, summary";

/**
 * Keeps the page from reacting to the badge: badges often sit inside the card's <a>, and a click on plain text
 * in the dialog would otherwise follow the card link. Controls keep their own default actions.
 */
function isolate(host: HTMLElement): void {
  for (const type of STOPPED_EVENTS) {
    host.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type !== "click") return;
      const first = event.composedPath()[0];
      if (!(first instanceof Element) || !first.closest(OWN_ACTIVATION)) event.preventDefault();
    });
  }
}

/** The Preact container inside each host's closed shadow root (the style element, if any, stays beside it). */
const containers = new WeakMap<HTMLElement, HTMLElement>();

/** Creates (or updates) the single badge host of a card, per the DOM contract in DESIGN.md. */
export function mountBadge(found: FoundListing, props: BadgeProps): HTMLElement {
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
    isolate(host);
  }
  host.dataset.listing = props.listing.key;
  host.dataset.level = props.verdict.level;
  if (found.anchor.nextElementSibling !== host) found.anchor.after(host);
  render(h(Badge, props), container);
  return host;
}

export function unmountAllBadges(): void {
  for (const host of document.querySelectorAll<HTMLElement>(BADGE_TAG)) {
    const container = containers.get(host);
    if (container) render(null, container);
    host.remove();
  }
}
