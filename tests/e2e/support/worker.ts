import type { BrowserContext, Page, Worker } from "@playwright/test";

/** The slice of the `chrome` global these helpers use inside the extension's own contexts. */
interface ChromeApi {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: {
    query(q: { url?: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object, options: { frameId: number }): Promise<unknown>;
  };
  runtime: {
    onMessage: {
      addListener(listener: (message: { name?: unknown }, sender: { url?: string }) => void): void;
    };
  };
}
declare const chrome: ChromeApi;

export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/**
 * Starts noting the name of every message the background receives from web pages' content scripts (not from
 * the extension's own pages, such as the first-run page); the returned function reads them.
 */
export async function noteMessages(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const names: string[] = [];
    (globalThis as { receivedNames?: string[] }).receivedNames = names;
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (!sender.url?.startsWith("chrome-extension://")) names.push(String(message?.name));
    });
  });
  return () => worker.evaluate(() => (globalThis as { receivedNames?: string[] }).receivedNames ?? []);
}

/**
 * The id of the tab whose page matches `urlPattern` (a match pattern). The extension has no `tabs` permission,
 * so a marketplace tab's address is not readable: such a tab is found by asking each tab's content script for
 * its page, as the background does.
 */
export async function tabIdOf(worker: Worker, urlPattern: string): Promise<number> {
  const ids = await worker.evaluate(async (pattern) => {
    const byUrl = (await chrome.tabs.query({ url: pattern })).map((t) => t.id);
    if (byUrl.length > 0) return byUrl;
    const matcher = new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    const found: (number | undefined)[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await chrome.tabs
        .sendMessage(tab.id, { soiHangTab: 1, name: "pageListing" }, { frameId: 0 })
        .catch(() => undefined)) as { pageUrl?: string } | undefined;
      if (reply?.pageUrl && matcher.test(reply.pageUrl)) found.push(tab.id);
    }
    return found;
  }, urlPattern);
  const [id] = ids;
  if (typeof id !== "number") throw new Error(`no tab matches ${urlPattern}`);
  return id;
}

interface WorkerVersion {
  scriptURL: string;
  runningStatus: "stopped" | "starting" | "running" | "stopping";
}

/**
 * Terminates every service worker, as Chrome does after 30 s idle; the next event starts a fresh one. Resolves
 * only once DevTools reports the extension's worker as stopped, so a test cannot pass without a real stop.
 */
export async function stopServiceWorkers(context: BrowserContext, anyPage: Page): Promise<void> {
  const session = await context.newCDPSession(anyPage);
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the service worker did not stop")), 10_000);
    session.on("ServiceWorker.workerVersionUpdated", ({ versions }: { versions: WorkerVersion[] }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith("chrome-extension://"));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === "stopped")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await session.send("ServiceWorker.enable");
  await session.send("ServiceWorker.stopAllWorkers");
  await stopped;
  await session.detach();
}

export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The toolbar popup for `tabId` as a window of its own, so that the tab stays the visible one of its window. */
export async function openPopupWindow(context: BrowserContext, worker: Worker, tabId: number): Promise<Page> {
  const opened = context.waitForEvent("page");
  await worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }
      ).chrome.windows.create({ url: `popup.html?tab=${id}`, type: "popup", width: 380, height: 700 }),
    tabId,
  );
  return opened;
}
