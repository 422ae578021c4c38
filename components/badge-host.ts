import type { Translate } from "@/utils/i18n";
import type { Level } from "@/utils/matching/verdict";
import type { FoundListing } from "@/utils/sites/adapter";
import css from "./badge.css?inline";
import { adoptStyles } from "./shadow-styles";

export const BADGE_TAG = "soi-hang-badge";

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
 *
 * Only "click" is listened for from the start, with the events that come before any other a person can cause
 * (a pointer moving over the badge, focus reaching it): they add the rest. Most badges are never touched, and
 * three listeners instead of ten took a fifth of a 60-card page's drawing time. The same click listener opens
 * the panel (`onClick`), rather than one more on the pill.
 */
function isolate(root: ShadowRoot, onClick?: (target: Element) => void): void {
  const stop = (event: Event) => {
    event.stopPropagation();
    if (event.type !== "click") return;
    const target = event.target;
    if (!(target instanceof Element) || !target.closest(KEEPS_DEFAULT)) event.preventDefault();
    if (target instanceof Element) onClick?.(target);
  };
  root.addEventListener("click", stop);
  const arm = () => {
    for (const type of FIRST_EVENTS) root.removeEventListener(type, arm);
    for (const type of STOPPED_EVENTS) if (type !== "click") root.addEventListener(type, stop);
  };
  for (const type of FIRST_EVENTS) root.addEventListener(type, arm);
}

/** What comes before any pointer or keyboard event inside the badge. */
const FIRST_EVENTS = ["pointerover", "focusin"];

/**
 * A host's shadow root holds the pill alone until more is needed: the banner's text (a product page's own
 * listing) and the container the panel renders into (once the pill is opened) are added then.
 */
interface HostParts {
  root: ShadowRoot;
  pill: HTMLButtonElement;
  note?: HTMLElement;
  panel?: HTMLElement;
  onOpen?: (panel: HTMLElement) => void;
}

/** On a product page, the listing's host is a banner by its title: the verdict in words, and the platform's pledge. */
export interface BannerText {
  headline: string;
  pledge: string;
  /** The label of the way to the guide to genuine goods, when one is for this product. */
  guide?: string;
}

const hosts = new WeakMap<HTMLElement, HostParts>();

/**
 * Creates (or updates) the single badge host of a card, per the DOM contract in DESIGN.md. The pill is plain
 * DOM, text only: hundreds of them cost little. The panel behind it loads when someone opens one (`onOpen`).
 *
 * A pill not yet drawn is drawn when `defer` says (when its card comes near the viewport, see NearViewport);
 * until then its host is hidden, like a calm listing's, and takes no part in the page's layout. A banner, and a
 * pill already on screen, are drawn at once.
 */
export function mountBadge(
  found: FoundListing,
  level: Level,
  t: Translate,
  onOpen: (panel: HTMLElement) => void,
  banner?: BannerText,
  defer?: (draw: () => void) => void,
): HTMLElement {
  let host = found.card.querySelector<HTMLElement>(BADGE_TAG);
  const made = !host;
  if (!host) {
    host = document.createElement(BADGE_TAG);
    // Hidden before it is placed: hiding a placed host would restyle it, and tell the page's observers.
    host.hidden = true;
  }
  // A host just made has nothing to undo (most of a page's): no attribute to take off, no pill drawn.
  const drawn = !made && hosts.has(host) && !host.hidden;
  host.setAttribute("data-listing", found.listing.key);
  host.setAttribute("data-level", level);
  if (banner) host.setAttribute("data-banner", "");
  else if (!made) host.removeAttribute("data-banner");
  if (found.anchor.nextElementSibling !== host) found.anchor.after(host);
  // Most listings are "none": their host stays an empty element, with no shadow root to build or style, and
  // hidden, so that it takes no part in the page's layout (a thousand of them would add to every frame's).
  // A calm card whose report offer was drawn (see offerReport) keeps it while it stays calm.
  if (level === "none" && !banner) {
    if (!host.hidden && !host.hasAttribute("data-offered")) host.hidden = true;
    return host;
  }
  const target = host;
  const draw = () => {
    // The card may have been re-read since (another level, or gone) when a deferred draw comes.
    if (target.isConnected && target.getAttribute("data-level") === level)
      drawPill(target, level, t, onOpen, banner);
  };
  if (banner || drawn || !defer) draw();
  else {
    if (!host.hidden) host.hidden = true;
    defer(draw);
  }
  return host;
}

function drawPill(
  host: HTMLElement,
  level: Level,
  t: Translate,
  onOpen: (panel: HTMLElement) => void,
  banner?: BannerText,
): void {
  const parts = hosts.get(host) ?? buildShadow(host);
  host.removeAttribute("data-offered");
  const label = t(`badge_label_${level}`);
  parts.onOpen = onOpen;
  // The level's icon is the class's ::before (badge.css), hidden from assistive technology like the label's.
  parts.pill.className = `pill pill--${level}`;
  parts.pill.setAttribute("aria-label", label);
  parts.pill.title = label;
  parts.pill.textContent = t(`level_${level}`);
  if (banner) {
    const headline = document.createElement("strong");
    headline.textContent = banner.headline;
    const pledge = document.createElement("span");
    pledge.textContent = banner.pledge;
    const note = noteOf(parts);
    note.replaceChildren(headline, pledge);
    if (banner.guide) {
      // Information, drawn as quietly as the pledge: it opens the same panel, where the guide is.
      const guide = document.createElement("button");
      guide.type = "button";
      guide.className = "guide";
      guide.setAttribute("aria-haspopup", "dialog");
      guide.textContent = banner.guide;
      note.append(guide);
    }
  } else parts.note?.replaceChildren();
  host.hidden = false;
}

/**
 * A calm listing's quiet way to be reported, drawn when a person's pointer or focus reaches its card: a grey
 * "Báo cáo" that opens the same panel as any pill (where the listing is described and can be reported). It
 * stays once drawn, so nothing flickers as the pointer moves; a listing that gets a level draws its pill over it.
 */
export function offerReport(host: HTMLElement, t: Translate, onOpen: (panel: HTMLElement) => void): void {
  if (host.getAttribute("data-level") !== "none" || host.hasAttribute("data-banner")) return;
  if (host.hasAttribute("data-offered")) return;
  const parts = hosts.get(host) ?? buildShadow(host);
  parts.onOpen = onOpen;
  parts.pill.className = "pill pill--offer";
  parts.pill.setAttribute("aria-label", t("badge_label_none"));
  parts.pill.title = t("badge_label_none");
  parts.pill.textContent = t("badge_offer_report");
  parts.note?.replaceChildren();
  host.setAttribute("data-offered", "");
  host.hidden = false;
}

function buildShadow(host: HTMLElement): HostParts {
  const root = host.attachShadow({ mode: "closed" });
  adoptStyles(root, css);
  const pill = document.createElement("button");
  pill.type = "button";
  pill.setAttribute("aria-haspopup", "dialog");
  root.append(pill);
  const parts: HostParts = { root, pill };
  hosts.set(host, parts);
  // Enter and Space on the pill reach here as a click too.
  isolate(root, (target) => {
    if (pill.contains(target) || (target.closest(".guide") && parts.note?.contains(target)))
      parts.onOpen?.(panelOf(parts));
  });
  return parts;
}

/** The banner's text, after the pill. */
function noteOf(parts: HostParts): HTMLElement {
  if (!parts.note) {
    parts.note = document.createElement("span");
    parts.note.className = "note";
    parts.pill.after(parts.note);
  }
  return parts.note;
}

/** Where the panel renders its dialog, last in the root. */
function panelOf(parts: HostParts): HTMLElement {
  if (!parts.panel) {
    parts.panel = document.createElement("div");
    parts.root.append(parts.panel);
  }
  return parts.panel;
}

export const DIALOG_TAG = "soi-hang-dialog";

/**
 * The host of a report opened from the context menu: one per page, at the end of <body>, with its own closed
 * shadow root. Any listing can be reported this way, calm ones too, whose badge host is empty and hidden.
 */
export function dialogHost(): HTMLElement {
  const existing = document.querySelector<HTMLElement>(DIALOG_TAG);
  const parts = existing && hosts.get(existing);
  if (parts) return panelOf(parts);
  const host = document.createElement(DIALOG_TAG);
  const root = host.attachShadow({ mode: "closed" });
  adoptStyles(root, css);
  const panel = document.createElement("div");
  root.append(panel);
  hosts.set(host, { root, pill: document.createElement("button"), panel });
  isolate(root);
  (document.body ?? document.documentElement).append(host);
  return panel;
}

export function unmountAllBadges(): void {
  for (const host of document.querySelectorAll<HTMLElement>(BADGE_TAG)) host.remove();
}
