// The extension's JavaScript heap in a real Chromium, read over the DevTools protocol after a forced collection:
// the background worker with the 100,000-warning index loaded and after answering 60-card pages for a while,
// and a tab's content script with 1,000 cards read and badged (the tab's heap with the extension minus the same
// page's without it: content scripts share the page's isolate). puppeteer-core, because it reaches a service
// worker's own DevTools session, which Playwright does not.
import puppeteer, { type Browser, type CDPSession, type Page } from "puppeteer-core";
import { CHROMIUM_FLAGS, chromiumExecutable, EXTENSION_PATH } from "../demo/chromium";
import { startFeedServer } from "../demo/feed-server";
import { PLATFORM_PAGES, type PlatformPage } from "../tests/e2e/support/platform-pages";
import type { Feed } from "../utils/feed/schema";
import { BENCH_WARNED_LISTING, benchSubscription, serveBenchFeed } from "./bench-feed";
import { pageWithCards } from "./bench-platforms";
import { fmt, verdictLine } from "./bench-report";

/** What the options page's script uses of the extension's API here. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
};

const OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";

async function launch(extension?: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    pipe: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      ...CHROMIUM_FLAGS,
      OFFLINE,
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ],
  });
}

/**
 * The memory in use after two forced collections, in MB: the JavaScript heap, the backing stores of its array
 * buffers and external strings (where the index's typed arrays live), and the embedder's (Blink's DOM) heap.
 */
async function heapMb(session: CDPSession): Promise<number> {
  await session.send("HeapProfiler.enable");
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.collectGarbage");
  const usage = await session.send("Runtime.getHeapUsage");
  return (usage.usedSize + usage.backingStorageSize + usage.embedderHeapUsedSize) / 1024 / 1024;
}

/** A page that answers the marketplace's address with `body`, and nothing else. */
async function openServed(browser: Browser, p: PlatformPage, body: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const target = new URL(p.url);
    if (url.origin === target.origin && url.pathname === target.pathname)
      void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body });
    else void request.abort();
  });
  await page.goto(p.url, { waitUntil: "load" });
  return page;
}

/** Scrolls to the end in screenfuls, so that every card comes near the viewport and gets its pill. */
async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await new Promise((r) => setTimeout(r, 800));
}

export async function benchHeap(syntheticFeed: (count: number) => Feed): Promise<void> {
  console.log("\nThe extension's heap in Chromium (after forced collections; DevTools protocol)");
  const server = await startFeedServer();
  serveBenchFeed(server, syntheticFeed(100_000));
  const withExtension = await launch(EXTENSION_PATH);
  const alone = await launch();
  try {
    const workerTarget = await withExtension.waitForTarget(
      (t) => t.type() === "service_worker" && t.url().endsWith("/background.js"),
    );
    const extensionId = new URL(workerTarget.url()).host;
    const worker = await workerTarget.createCDPSession();
    const idle = await heapMb(worker);

    // The 100,000-warning feed followed, stored, and its index read by a first match.
    const options = await withExtension.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const level = await options.evaluate(
      async (sub, listing) => {
        await chrome.storage.local.set({ settings: { subscriptions: [sub] } });
        await chrome.runtime.sendMessage({ soiHang: 1, name: "syncFeed", payload: {} });
        const reply = (await chrome.runtime.sendMessage({
          soiHang: 1,
          name: "match",
          payload: { pageUrl: "https://shopee.vn/", listings: [listing] },
        })) as { data?: { verdicts?: { level: string }[] } };
        return reply.data?.verdicts?.[0]?.level;
      },
      benchSubscription(server),
      BENCH_WARNED_LISTING,
    );
    // The synthetic feed warns seller 5000000: a danger verdict shows the index is the one in force.
    if (level !== "danger") throw new Error(`the 100,000-warning feed is not in force (verdict: ${level})`);
    const loaded = await heapMb(worker);

    // 60-card pages of every platform, answered in turn for a while (3 rounds).
    const bodies = PLATFORM_PAGES.map((p) => [p, pageWithCards(p, 60)] as const);
    for (let round = 0; round < 3; round++)
      for (const [p, body] of bodies) {
        const page = await openServed(withExtension, p, body);
        await new Promise((r) => setTimeout(r, 600));
        await page.close();
      }
    const answered = await heapMb(worker);
    console.log(
      `    background worker: ${fmt(idle, 1)} MB idle with the sample feed; ${fmt(loaded, 1)} MB with the 100,000-warning index loaded; ${fmt(answered, 1)} MB after answering ${3 * bodies.length} pages of 60 cards`,
    );
    verdictLine(
      "background heap, 100,000 warnings, after pages",
      `${fmt(answered, 1)} MB`,
      "≤ 40 MB",
      answered <= 40,
    );

    // A tab with 1,000 cards, every one read and badged, against the same page without the extension.
    const p = PLATFORM_PAGES.find((x) => x.name.startsWith("Tiki")) as PlatformPage;
    const body = pageWithCards(p, 1000);
    const heapOf = async (browser: Browser) => {
      const page = await openServed(browser, p, body);
      await new Promise((r) => setTimeout(r, 1500));
      await readToTheEnd(page);
      const badges = await page.evaluate(() => document.querySelectorAll("soi-hang-badge").length);
      const mb = await heapMb(await page.createCDPSession());
      await page.close();
      return { mb, badges };
    };
    const withIt = await heapOf(withExtension);
    const without = await heapOf(alone);
    const added = withIt.mb - without.mb;
    console.log(
      `    ${p.name}, 1,000 cards: the tab's heap ${fmt(without.mb, 2)} MB alone, ${fmt(withIt.mb, 2)} MB with the extension (${withIt.badges} badge hosts)`,
    );
    verdictLine("content script heap, 1,000 cards badged", `${fmt(added, 2)} MB`, "≤ 3 MB", added <= 3);
  } finally {
    await withExtension.close();
    await alone.close();
    await server.close();
  }
}
