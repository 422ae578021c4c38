import { type Browser, browser } from "wxt/browser";
import type { CaptureResult } from "../capture/capture-result";
import { CaptureError, captureVisibleTab } from "../capture/screenshot";
import { stringsFor } from "../i18n-catalogs";
import type { Language } from "../localized";
import { CONTENT_MATCHES } from "../sites/registry";
import type { TabMessage } from "../tab-messages";
import { keepMenuCapture } from "./panel-openings";

export const REPORT_MENU_ID = "soi-hang-report";

/** "Báo cáo tin đăng nghi hàng giả" on links and images of the sites the extension reads. */
export async function createReportMenu(language: Language): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: REPORT_MENU_ID,
    title: stringsFor(language).report_menu ?? "Soi Hàng",
    contexts: ["link", "image"],
    documentUrlPatterns: [...CONTENT_MATCHES],
  });
}

/** A screenshot now, or why not: taken before the form opens, so the listing is what it shows. */
export async function captureResult(windowId: number): Promise<CaptureResult> {
  try {
    return { ok: true, screenshot: await captureVisibleTab(windowId, new Date()) };
  } catch (e) {
    if (e instanceof CaptureError) return { ok: false, error: e.kind, detail: e.message.slice(0, 500) };
    return { ok: false, error: "failed", detail: String(e).slice(0, 500) };
  }
}

/**
 * A screenshot of `tabId` only: refused unless it is its window's shown tab before the capture and still after
 * it (another tab brought to the front meanwhile would otherwise be what is captured).
 */
export async function captureTab(
  tabId: number,
  beforeCapture?: () => Promise<unknown>,
): Promise<CaptureResult> {
  const notShown = (detail: string): CaptureResult => ({ ok: false, error: "not_visible", detail });
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) return notShown("the tab is not the one shown in its window");
  await beforeCapture?.();
  const result = await captureResult(tab.windowId);
  const [shown] = await browser.tabs.query({ active: true, windowId: tab.windowId });
  return shown?.id === tabId ? result : notShown("another tab came to the front while capturing");
}

/**
 * The menu item was chosen: the click granted `activeTab`, so the tab is captured at once (the menu has
 * closed), and the content script of the clicked frame opens the report form for the listing under the pointer.
 */
export async function reportFromContextMenu(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return;
  // Kept by the background for the panel the content script opens next: the page never holds it.
  await keepMenuCapture(tab.id, await captureTab(tab.id));
  const message: TabMessage = {
    soiHangTab: 1,
    name: "openReport",
    ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
    ...(info.srcUrl ? { srcUrl: info.srcUrl } : {}),
  };
  await browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 });
}
