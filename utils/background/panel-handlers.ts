import { browser } from "wxt/browser";
import { CAPTURE_ORIGINS } from "../capture/screenshot";
import { activeIndex } from "../feed-store/active-feed";
import { matchListings } from "../matching/match";
import type { Handlers } from "../message-router";
import { captureTab } from "../reports/context-menu";
import { forgetOpening, keepOpening, openingFor, takeMenuCapture } from "../reports/panel-openings";
import { loadSettings } from "../settings";
import { ListingSchema } from "../sites/listing";
import { trackingFreePageUrl } from "../sites/page-text";
import { adapterFor } from "../sites/registry";
import type { TabMessage } from "../tab-messages";
import { hotlineToCall } from "./hotline";

type PanelMessage = "openPanel" | "panelOpening" | "panelCapture" | "closePanel";

/** The extension page the panel is drawn in, inside the content script's dialog. */
export const PANEL_FRAME_PATH = "/report-frame.html";

/** Two frames and a little more: the page is repainted without the dialog before the tab is captured. */
const REPAINT_MS = 80;

const tell = (tabId: number, name: TabMessage["name"]) =>
  browser.tabs.sendMessage(tabId, { soiHangTab: 1, name } satisfies TabMessage, { frameId: 0 });

function onMarketplace(address: string | undefined): boolean {
  try {
    return address !== undefined && adapterFor(new URL(address)) !== undefined;
  } catch {
    return false;
  }
}

/** Only the panel's own frame, an extension page inside a tab: its tab. */
function frameTab(sender: { url?: string; tab?: { id?: number } }): number {
  const tabId = sender.tab?.id;
  if (!sender.url?.startsWith(browser.runtime.getURL(PANEL_FRAME_PATH)) || tabId === undefined)
    throw new Error("only the panel's frame asks this");
  return tabId;
}

/**
 * The badge's panel is an extension page in an iframe of the content script's dialog: whatever a person types
 * into it (the note, a name, a phone number) never passes through the marketplace page, whose own listeners see
 * every key of a form drawn in its DOM, shadow root or not. These answer the content script that asks for a
 * panel, and the panel's frame.
 */
export function createPanelHandlers(): Pick<Handlers, PanelMessage> {
  return {
    async openPanel({ listing, entryPoint, pageUrl, pageTitle }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error("openPanel comes from a tab");
      // The frame may be drawn only on the marketplaces (web_accessible_resources): on a site the person asked
      // Soi Hàng to read, the popup for that tab opens as a window of its own instead.
      if (!onMarketplace(sender.url)) {
        await browser.windows.create({
          url: browser.runtime.getURL(`/popup.html?tab=${tabId}`),
          type: "popup",
          width: 400,
          height: 640,
        });
        return { token: "", inWindow: true };
      }
      const parsed = listing === undefined ? undefined : ListingSchema.safeParse(listing);
      if (parsed && !parsed.success) throw new Error("the listing does not parse");
      const capture = entryPoint === "context_menu" ? await takeMenuCapture(tabId) : undefined;
      const token = await keepOpening({
        tabId,
        createdAt: Date.now(),
        ...(parsed ? { listing: parsed.data } : {}),
        entryPoint,
        pageUrl: trackingFreePageUrl(pageUrl),
        pageTitle: pageTitle.slice(0, 500),
        ...(capture ? { capture } : {}),
      });
      return { token };
    },

    async panelOpening({ token }, sender) {
      const opening = await openingFor(token, frameTab(sender));
      if (!opening) throw new Error("this panel is no longer open");
      const listing = opening.listing === undefined ? undefined : ListingSchema.parse(opening.listing);
      // The verdict is the background's own, made again here: nothing the page said is shown as a finding.
      const index = await activeIndex();
      const [verdict] = listing ? await matchListings([listing], index, Date.now()) : [];
      const guides = (verdict?.guides ?? []).flatMap((id) => index.guides.get(id) ?? []);
      return {
        ...(listing ? { listing } : {}),
        ...(verdict ? { verdict } : {}),
        ...(guides.length > 0 ? { guides } : {}),
        hotline: await hotlineToCall(),
        entryPoint: opening.entryPoint,
        pageUrl: opening.pageUrl,
        pageTitle: opening.pageTitle,
        ...(opening.capture ? { capture: opening.capture as never } : {}),
        language: (await loadSettings()).language,
      };
    },

    async panelCapture({ token }, sender) {
      const tabId = frameTab(sender);
      const opening = await openingFor(token, tabId);
      if (!opening) throw new Error("this panel is no longer open");
      // A badge's click grants no activeTab (the context menu's did, for this tab): without the optional
      // permission, say so rather than hide the dialog for nothing.
      if (
        opening.entryPoint === "badge" &&
        !(await browser.permissions.contains({ origins: [...CAPTURE_ORIGINS] }))
      )
        return { ok: false, error: "permission", detail: "the screenshot permission was not given" };
      try {
        return await captureTab(tabId, async () => {
          await tell(tabId, "hidePanel");
          await new Promise((resolve) => setTimeout(resolve, REPAINT_MS));
        });
      } finally {
        await tell(tabId, "showPanel").catch(() => undefined);
      }
    },

    async closePanel({ token }, sender) {
      const tabId = frameTab(sender);
      await forgetOpening(token);
      await tell(tabId, "closePanel").catch(() => undefined);
      return { closed: true };
    },
  };
}
