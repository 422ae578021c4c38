import type { BrowserContext, Page, Worker } from "@playwright/test";

/** The slice of the `chrome` global these helpers use inside the extension's own contexts. */
interface ChromeApi {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { onMessage: { addListener(listener: (message: { name?: unknown }) => void): void } };
}
declare const chrome: ChromeApi;

export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Starts noting the name of every message the background receives; the returned function reads them. */
export async function noteMessages(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const names: string[] = [];
    (globalThis as { receivedNames?: string[] }).receivedNames = names;
    chrome.runtime.onMessage.addListener((message) => {
      names.push(String(message?.name));
    });
  });
  return () => worker.evaluate(() => (globalThis as { receivedNames?: string[] }).receivedNames ?? []);
}

export async function tabIdOf(worker: Worker, urlPattern: string): Promise<number> {
  const ids = await worker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((t) => t.id),
    urlPattern,
  );
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
