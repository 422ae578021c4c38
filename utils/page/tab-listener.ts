import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { isTabMessage } from "../content-guards";
import type { FoundListing } from "../sites/adapter";
import { panelCommand } from "./panel-frame";

interface TabMessageHandlers {
  /** Every listing read on the page so far (latest card per key). */
  seen: () => Iterable<FoundListing>;
  pageContext: () => { pageUrl: string; pageTitle: string };
  openReport: (found: FoundListing | undefined) => Promise<void>;
  languageChanged: () => Promise<void>;
}

const sameUrl = (a: string, b: string) => {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
};

/**
 * The listing under the pointer of the last right-click: the card that contains the clicked element, else one
 * whose link or image is the one the menu reports.
 */
function listingAt(
  target: Node | undefined,
  linkUrl: string | undefined,
  srcUrl: string | undefined,
  seen: Iterable<FoundListing>,
): FoundListing | undefined {
  const cards = [...seen].filter((f) => f.card.isConnected);
  if (target?.isConnected) {
    const holder = cards.find((f) => f.card.contains(target));
    if (holder) return holder;
  }
  return cards.find(
    (f) =>
      (linkUrl &&
        (sameUrl(f.listing.url, linkUrl) ||
          [...f.card.querySelectorAll<HTMLAnchorElement>("a[href]")].some((a) => a.href === linkUrl))) ||
      (srcUrl &&
        (f.listing.imageUrl === srcUrl ||
          [...f.card.querySelectorAll("img")].some(
            (img) => img.currentSrc === srcUrl || img.src === srcUrl,
          ))),
  );
}

/** Answers the background: the product page's own listing (popup), and reports from the context menu. */
export function listenForTabMessages(ctx: ContentScriptContext, handlers: TabMessageHandlers): void {
  let lastTarget: Node | undefined;
  ctx.addEventListener(
    document,
    "contextmenu",
    (event) => {
      lastTarget = event.target instanceof Node ? event.target : undefined;
    },
    { capture: true, passive: true },
  );

  const answer = (message: unknown): Promise<unknown> | undefined => {
    if (!isTabMessage(message) || !ctx.isValid) return undefined;
    if (message.name === "pageListing") {
      const main = [...handlers.seen()].find((f) => f.main && f.card.isConnected);
      return Promise.resolve({ ...handlers.pageContext(), ...(main ? { listing: main.listing } : {}) });
    }
    if (message.name === "languageChanged") return handlers.languageChanged().then(() => ({ done: true }));
    if (message.name !== "openReport") return panelCommand(message.name);
    const found = listingAt(lastTarget, message.linkUrl, message.srcUrl, handlers.seen());
    return handlers.openReport(found).then(() => ({ found: Boolean(found) }));
  };
  // The answer goes through `sendResponse` (and `true` keeps the channel open for it): Chrome's own `browser`,
  // which content scripts use instead of the polyfill, does not take a listener's promise as its answer.
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (reply: unknown) => void,
  ) => {
    // Only the extension's background talks to a tab this way (a sender with a tab is another content script).
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const reply = answer(message);
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => {
      console.warn("[Soi Hàng] tab message failed:", e);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
