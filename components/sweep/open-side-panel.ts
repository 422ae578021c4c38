import { browser } from "wxt/browser";

/** Chrome's `sidePanel` and Firefox's `sidebarAction`: each browser has one of them. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the sweep side panel of the current window; must run inside a click (both browsers require it). */
export async function openSidePanel(): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  const windowId = (await browser.windows.getCurrent()).id;
  if (apis.sidePanel && windowId !== undefined) await apis.sidePanel.open({ windowId });
}
