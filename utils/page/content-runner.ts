import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { BADGE_TAG, dialogHost, mountBadge, offerReport, unmountAllBadges } from "@/components/badge-host";
import { CONTENT_REPLY_CHECKS } from "../content-guards";
import type { PlatformNote } from "../content-replies";
import { type MessageKey, type Translate, textsByKey, translator } from "../i18n";
import type { Language } from "../localized";
import type { VerdictSummary as Verdict } from "../matching/verdict-summary";
import { messageSender } from "../message-sender";
import type { FoundListing, SiteAdapter } from "../sites/adapter";
import { recordWork, START_MEASURE, timed } from "../work-timer";
import { bannerText } from "./banner-text";
import { leadReason } from "./lead-reason";
import { NearViewport } from "./near-viewport";
import { openPanelFrame } from "./panel-frame";
import { watchCardAttention } from "./report-offer";
import { SlicedQueue } from "./sliced-queue";
import { listenForTabMessages } from "./tab-listener";
import { watchDom } from "./watcher";

const BATCH = 200;
/** The only text the content script draws itself; the panel brings its own catalogs. */
const PILL_KEYS: MessageKey[] = [
  "level_danger",
  "level_caution",
  "level_official",
  "level_none",
  "badge_label_danger",
  "badge_label_caution",
  "badge_label_official",
  "badge_label_none",
  "badge_offer_report",
  "panel_heading_danger",
  "panel_heading_caution",
  "panel_heading_official",
  "panel_heading_none",
  "banner_pledge_signed",
  "banner_pledge_signed_on",
  "banner_pledge_unsigned",
  "banner_pledge_unknown",
  "banner_guide",
  "banner_reason_by",
];

const sendMessage = messageSender(CONTENT_REPLY_CHECKS);

/** The pills' text in the language of the settings (which a content script cannot read itself). */
async function pillStrings(): Promise<{ texts: Record<string, string>; language: Language }> {
  const { strings, language } = await sendMessage("getStrings", { keys: PILL_KEYS });
  const texts = textsByKey(PILL_KEYS, strings);
  if (!texts) throw new Error(`getStrings: ${PILL_KEYS.length} texts asked for, ${strings.length} came`);
  return { texts, language };
}

/** Whether `found` has a field that the listing read before it lacked. */
function showsMore(found: FoundListing, before: FoundListing): boolean {
  const had = before.listing as Record<string, unknown>;
  for (const field in found.listing) if (had[field] === undefined) return true;
  return false;
}

/** Reads listings as the page shows them, asks the background for verdicts, and keeps one badge per card. */
export async function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  /** The settings' language, as the background last said with the pills' text. */
  let language: Language = "vi";
  /** Counts the language changes the background announced: text asked for before one is not used after. */
  let generation = 0;
  const settingUp = performance.now();
  /** What the feeds say of this platform, as of the last verdicts received. */
  let platformNote: PlatformNote | undefined;
  /** Product listings a guide to genuine goods is for (their banners offer it). */
  const guided = new Set<string>();
  const verdicts = new Map<string, Verdict>();
  /** Keys asked about and not answered yet, with every card showing them (a page may show one listing twice). */
  const asking = new Map<string, FoundListing[]>();
  // Read when a report needs it: the first use of a runtime API builds its binding in the page's content world.
  let version: string | undefined;

  // UI text comes only once a page first has something to show: most pages show no pill at all. The batches
  // asked about before it has come ask for it, and the background sends it with the first verdicts to draw.
  const untranslated: Translate = (key) => key;
  let t = untranslated;
  let loadingStrings: Promise<void> | undefined;
  const ensureStrings = () =>
    (loadingStrings ??= pillStrings().then((strings) => {
      t = translator(strings.texts);
      language = strings.language;
    }));

  const pageContext = () => {
    version ??= browser.runtime.getManifest().version;
    return { pageUrl: location.href, pageTitle: document.title, version };
  };

  /**
   * The panel is an extension page in a frame of the dialog: the background keeps what it shows (the listing as
   * read now) and the frame reads it by the token. Pages that are just browsed never load it.
   */
  async function openPanel(
    listing: FoundListing["listing"] | undefined,
    entryPoint: "badge" | "context_menu",
    container: HTMLElement,
  ) {
    const { token, inWindow } = await sendMessage("openPanel", {
      ...(listing ? { listing } : {}),
      entryPoint,
      pageUrl: location.href,
      pageTitle: document.title,
    });
    if (!inWindow) openPanelFrame(container, token, "Soi Hàng");
  }

  // Pills are drawn for the cards a reader is near: see NearViewport.
  const nearby = new NearViewport();
  const opener = (found: FoundListing) => (container: HTMLElement) => {
    // The card as last read: it may show more now than when its badge was drawn (see showsMore).
    const latest = seen.get(found.listing.key);
    const shown = latest?.card === found.card ? latest : found;
    openPanel(shown.listing, "badge", container).catch((e: unknown) =>
      console.warn("[Soi Hàng] panel failed:", e),
    );
  };
  const show = (found: FoundListing, verdict: Verdict) =>
    mountBadge(
      found,
      verdict.level,
      t,
      opener(found),
      found.main
        ? bannerText(
            verdict.level,
            platformNote,
            t,
            language,
            guided.has(found.listing.key),
            leadReason(verdict.detail, language),
          )
        : undefined,
      (draw) => nearby.when(found.anchor, draw),
    );

  const hasBadge = (found: FoundListing) => {
    const host = found.card.querySelector(BADGE_TAG);
    return host?.getAttribute("data-listing") === found.listing.key;
  };

  // Reading and drawing both go in slices (SlicedQueue): a thousand cards added at once never make a long task.
  const later = (run: () => void) => void ctx.setTimeout(run, 0);
  // Badges are drawn just before a frame is rendered, so that the page lays itself out once for its own
  // changes and ours, not once for each.
  const beforeFrame = (run: () => void) => void ctx.requestAnimationFrame(run);
  const drawing = new SlicedQueue<FoundListing>(
    (found) => {
      const verdict = verdicts.get(found.listing.key);
      if (verdict && found.card.isConnected) show(found, verdict);
    },
    beforeFrame,
    undefined,
    "render",
  );

  async function ask(batch: FoundListing[], pageUrl: string) {
    const asked = generation;
    const banner = batch.some((f) => f.main);
    const reply = await sendMessage("match", {
      pageUrl,
      listings: batch.map((f) => f.listing),
      ...(banner ? { banner } : {}),
      ...(loadingStrings ? {} : { strings: { keys: PILL_KEYS } }),
    });
    if (!ctx.isValid || pageUrl !== location.href) return;
    const refused = new Set(reply.refused);
    const drawsText = timed("verdicts", () => {
      const texts = reply.strings && textsByKey(PILL_KEYS, reply.strings);
      if (texts && !loadingStrings && asked === generation) {
        loadingStrings = Promise.resolve();
        t = translator(texts);
        if (reply.language) language = reply.language;
      }
      // Only a batch with a banner brings the platform's note (none when no feed describes the platform).
      if (banner) platformNote = reply.platform;
      if (banner) for (const key of reply.guided ?? []) guided.add(key);
      // A product page's own listing shows a banner whatever its level.
      return reply.verdicts.length > 0 || batch.some((f) => f.main && !refused.has(f.listing.key));
    });
    // Verdicts are kept only once the text to draw them is here: a card read meanwhile waits for them.
    if (drawsText) await ensureStrings();
    if (!ctx.isValid || pageUrl !== location.href) return;
    timed("verdicts", () => {
      // The reply names only the listings something is known of; the others were matched and have nothing.
      for (const { listing } of batch)
        if (!refused.has(listing.key))
          verdicts.set(listing.key, { key: listing.key, level: "none", detail: undefined });
      for (const verdict of reply.verdicts) verdicts.set(verdict.key, verdict);
      const cards: FoundListing[] = [];
      for (const { listing } of batch) {
        for (const found of asking.get(listing.key) ?? []) cards.push(found);
        asking.delete(listing.key);
      }
      drawing.push(cards);
    });
  }

  /** Listings first seen in the current slice: asked about together when it ends. */
  let fresh: FoundListing[] = [];
  let page = { href: "", url: new URL(location.href) };

  /** The latest card read for each listing on this page, for reports from the context menu and the popup. */
  const seen = new Map<string, FoundListing>();
  /** Every card read on this page (weak: the page drops cards as it likes). */
  let cardsRead = new WeakSet<Element>();
  // An image that changes is read with the card read before that holds it: adapters that find cards from their
  // product links (Sendo, TikTok, Facebook) cannot tell a card from an image alone. For the others it is the
  // card their own scope gives.
  const scope = (el: Element) => {
    if (el.nodeName === "IMG")
      for (let up = el.parentElement; up; up = up.parentElement) if (cardsRead.has(up)) return up;
    return adapter.scope(el);
  };

  // A calm card offers a quiet "Báo cáo" once a pointer or focus reaches it (offerReport). The listeners are
  // added with the first card read: a page with no listing never pays for them.
  let watchingAttention = false;
  const watchAttention = () => {
    watchingAttention = true;
    watchCardAttention(
      ctx,
      (el) => cardsRead.has(el),
      (card) => {
        const host = card.querySelector<HTMLElement>(BADGE_TAG);
        const found = seen.get(host?.getAttribute("data-listing") ?? "");
        if (host && found?.card === card) offerReport(host, t, opener(found));
      },
    );
  };

  function read(root: ParentNode) {
    if (!ctx.isValid || (root !== document && !(root as Element).isConnected)) return;
    if (page.href !== location.href) page = { href: location.href, url: new URL(location.href) };
    for (const found of adapter.find(root, page.url)) {
      const before = seen.get(found.listing.key);
      seen.set(found.listing.key, found);
      cardsRead.add(found.card);
      if (!watchingAttention) watchAttention();
      // Only a listing read before on this page can have a badge already: most cards skip the look for one.
      if (before) {
        // A card that shows what it did not (an image the page loads late, a seller's name) is asked about
        // again: the sweep records the fuller listing, and its badge reports it.
        if (showsMore(found, before)) verdicts.delete(found.listing.key);
        else if (hasBadge(found)) continue;
      }
      const known = verdicts.get(found.listing.key);
      const waiting = asking.get(found.listing.key);
      if (known) show(found, known);
      else if (waiting) {
        if (!waiting.some((w) => w.card === found.card)) waiting.push(found);
      } else {
        asking.set(found.listing.key, [found]);
        fresh.push(found);
      }
    }
  }

  function askFresh() {
    const pageUrl = location.href;
    const found = fresh;
    fresh = [];
    for (let i = 0; i < found.length; i += BATCH) {
      const batch = found.slice(i, i + BATCH);
      ask(batch, pageUrl).catch((e: unknown) => {
        for (const f of batch) asking.delete(f.listing.key);
        console.warn("[Soi Hàng] matching failed:", e);
      });
    }
  }

  const reading = new SlicedQueue<ParentNode>(read, later, askFresh, "scan");
  const readAll = () => reading.push([document]);

  const stop = watchDom(scope, (roots) => reading.push(roots));
  ctx.onInvalidated(stop);
  // WXT reports an SPA navigation from the Navigation API's `navigate` event, which fires before the new
  // address is in place: the page is read again once it is.
  ctx.addEventListener(window, "wxt:locationchange", () => {
    ctx.setTimeout(() => {
      reading.clear();
      drawing.clear();
      nearby.clear();
      unmountAllBadges();
      verdicts.clear();
      asking.clear();
      seen.clear();
      cardsRead = new WeakSet();
      readAll();
    }, 0);
  });
  listenForTabMessages(ctx, {
    seen: () => seen.values(),
    pageContext,
    async openReport(found) {
      await openPanel(found?.listing, "context_menu", dialogHost());
    },
    // The settings' language changed (the background says so: a page cannot read the settings): the pills are
    // drawn again in it.
    async languageChanged() {
      if (!ctx.isValid) return;
      generation++;
      loadingStrings = undefined;
      await ensureStrings();
      nearby.clear();
      unmountAllBadges();
      readAll();
    },
  });
  readAll();
  recordWork(START_MEASURE, settingUp);
}
