// `npm run bench`: prints figures against the budgets in DESIGN.md. Benchmarks, not tests: they report, the
// reader judges. Synthetic data is generated here and labelled so.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumExecutable, EXTENSION_PATH, launchWithExtension } from "../demo/chromium";
import { startFeedServer } from "../demo/feed-server";
import { type DemoItem, loadCatalog, renderSearchPage } from "../demo/marketplace";
import { evalSet } from "../tests/eval/evaluate";
import { diffFeeds } from "../utils/feed/delta";
import { type Feed, FeedSchema } from "../utils/feed/schema";
import { compileIndex } from "../utils/matching/compile-index";
import type { CompiledIndex } from "../utils/matching/compiled-index";
import { matchListing } from "../utils/matching/match";
import { foldTokens } from "../utils/matching/normalize";
import type { Listing } from "../utils/sites/listing";
import { BENCH_WARNED_LISTING, benchFeedOf, benchSubscription, serveBenchFeed } from "./bench-feed";
import { benchFolding } from "./bench-folding";
import { benchGuides } from "./bench-guides";
import { benchHeap } from "./bench-heap";
import { benchIntake } from "./bench-intake";
import { benchLoadCost } from "./bench-load-cost";
import { benchMemory } from "./bench-memory";
import { markScrollStart, type PageCost, pageForCost, readPageCost } from "./bench-page-cost";
import { benchPlatforms } from "./bench-platforms";
import { benchQueue } from "./bench-queue";
import { fmt, median, verdictLine } from "./bench-report";
import { benchSites } from "./bench-sites";
import { benchSweep } from "./bench-sweep";

// ---------------------------------------------------------------------------------------------------------
// 1. Matching: 100,000 warnings, 100,000 listings (synthetic), against a naive linear scan.
function syntheticFeed(count: number): Feed {
  const source = { authority: { vi: "Cơ quan mẫu (bench)" } };
  const warnings = Array.from({ length: count }, (_, i) => {
    const kind = i % 10;
    const target =
      kind < 6
        ? { kind: "seller", platform: "shopee", sellerId: String(5_000_000 + i) }
        : kind < 9
          ? { kind: "listing", key: `shopee:${7_000_000 + i}:${i}` }
          : { kind: "product", brand: `Brand${i % 2000}`, terms: [`model${i % 97}`] };
    return {
      id: `b-${i}`,
      target,
      severity: "high",
      category: "counterfeit",
      reason: { vi: "bench" },
      source,
    };
  });
  return benchFeedOf(warnings);
}

/** Listings with the given titles (the demo catalog's by default) and synthetic keys, sellers and prices. */
function syntheticListings(count: number, titles = loadCatalog().map((i) => i.title)): Listing[] {
  return Array.from({ length: count }, (_, i) => ({
    platform: "shopee" as const,
    key: i % 50 === 0 ? `shopee:${7_000_000 + (i % 90_000)}:${i % 90_000}` : `shopee:${9_000_000 + i}:${i}`,
    url: `https://shopee.vn/x-i.${9_000_000 + i}.${i}`,
    title:
      i % 40 === 0 ? `Giày Brand${i % 2000} model${i % 97} chính hãng` : (titles[i % titles.length] ?? "Áo"),
    price: 100_000 + i,
    currency: "VND",
    sellerId: String(i % 30 === 0 ? 5_000_000 + (i % 60_000) : 8_000_000 + i),
    pageKind: "search" as const,
  }));
}

/** The obvious implementation the index replaces: every warning checked against every listing. */
function naiveMatch(listing: Listing, feed: Feed): number {
  let hits = 0;
  const title = foldTokens(listing.title).join(" ");
  for (const w of feed.warnings) {
    const t = w.target;
    if (t.kind === "seller" && t.platform === listing.platform && t.sellerId === listing.sellerId) hits++;
    else if (t.kind === "listing" && t.key === listing.key) hits++;
    else if (
      t.kind === "product" &&
      title.includes(t.brand.toLowerCase()) &&
      t.terms.every((x) => title.includes(x))
    )
      hits++;
  }
  return hits;
}

function benchMatching() {
  console.log("\nMatching (synthetic: 100,000 warnings, 100,000 listings)");
  let t = performance.now();
  const feed = syntheticFeed(100_000);
  const validateMs = performance.now() - t;
  t = performance.now();
  const index = compileIndex([feed]);
  const compileMs = performance.now() - t;
  const listings = syntheticListings(100_000);
  const { passes, flagged } = timeMatching(listings, index);
  const indexedUs = Math.min(...passes);
  const naiveSample = listings.slice(0, 300);
  const nStart = performance.now();
  for (const l of naiveSample) naiveMatch(l, feed);
  const naiveUs = ((performance.now() - nStart) * 1000) / naiveSample.length;
  console.log(
    `    schema validation of the feed ${fmt(validateMs, 0)} ms, index compile ${fmt(compileMs, 0)} ms`,
  );
  console.log(`    ${flagged} of ${listings.length} listings flagged danger`);
  verdictLine("median time to match one listing (indexed)", `${fmt(indexedUs)} µs`, "< 5 µs", indexedUs < 5);
  console.log(`    the five passes: ${passes.map((us) => `${fmt(us)} µs`).join(", ")}`);
  console.log(
    `    naive linear scan: ${fmt(naiveUs, 0)} µs per listing — the index is ${fmt(naiveUs / indexedUs, 0)}× faster`,
  );
  // The demo catalog's 31 titles are short; real titles are longer and more varied.
  const real = evalSet()
    .filter((item) => item.part === "real")
    .map((item) => item.listing.title);
  const realPasses = timeMatching(syntheticListings(100_000, real), index).passes;
  const realUs = Math.min(...realPasses);
  verdictLine(
    `the same with the ${real.length} real honest titles of the labelled set`,
    `${fmt(realUs)} µs`,
    "< 5 µs",
    realUs < 5,
  );
  console.log(`    the five passes: ${realPasses.map((us) => `${fmt(us)} µs`).join(", ")}`);
  // Titles written to slip past filters: styled letters, split words, digits for letters, hidden slang.
  const disguised = evalSet()
    .filter((item) => item.part === "disguised")
    .map((item) => item.listing.title);
  const disguisedPasses = timeMatching(syntheticListings(100_000, disguised), index).passes;
  const disguisedUs = Math.min(...disguisedPasses);
  verdictLine(
    `the same with the ${disguised.length} hand-written disguised titles`,
    `${fmt(disguisedUs)} µs`,
    "< 5 µs",
    disguisedUs < 5,
  );
  console.log(`    the five passes: ${disguisedPasses.map((us) => `${fmt(us)} µs`).join(", ")}`);
  benchFolding(real, disguised, index.heuristics);
}

/**
 * Median time per listing of each of five timed passes (batches of 1,000), after one whole pass of warm-up so
 * the figure is the steady state: a short warm-up left the JIT still compiling during the timed pass on this
 * 2-core machine. The best pass is the figure, all are printed: on this shared machine a few passes in a row
 * sometimes run 1.5–1.7× slower, with no garbage collection or deoptimisation to explain it.
 */
function timeMatching(
  listings: readonly Listing[],
  index: CompiledIndex,
): { passes: number[]; flagged: number } {
  const now = Date.now();
  for (const l of listings) matchListing(l, index, now);
  const passes: number[] = [];
  let flagged = 0;
  for (let pass = 0; pass < 5; pass++) {
    const perListing: number[] = [];
    flagged = 0;
    for (let i = 0; i < listings.length; i += 1000) {
      const batch = listings.slice(i, i + 1000);
      const start = performance.now();
      for (const l of batch) if (matchListing(l, index, now).level === "danger") flagged++;
      perListing.push(((performance.now() - start) * 1000) / batch.length);
    }
    passes.push(median(perListing));
  }
  return { passes, flagged };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Content script bundle.
function benchBundle() {
  console.log("\nBundle (one content script per site)");
  const dir = `${EXTENSION_PATH}/content-scripts`;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const bytes = statSync(`${dir}/${name}`).size;
    const gz = gzipSync(readFileSync(`${dir}/${name}`)).length;
    verdictLine(
      `${name.replace(/\.js$/, "")} content script, minified (gzipped ${fmt(gz / 1024, 1)} KB)`,
      `${fmt(bytes / 1024, 1)} KB`,
      "< 60 KB",
      bytes < 60 * 1024,
    );
  }
  // The panel is an extension page in a frame, loaded on first open: its own script and the chunks it shares.
  const html = readFileSync(`${EXTENSION_PATH}/report-frame.html`, "utf8");
  const scripts = [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  const panelKb = scripts.reduce((sum, f) => sum + statSync(`${EXTENSION_PATH}/${f}`).size, 0) / 1024;
  console.log(
    `    badge panel frame (loaded on first open, ${scripts.length} scripts) ${fmt(panelKb, 1)} KB; ` +
      `background ${fmt(statSync(`${EXTENSION_PATH}/background.js`).size / 1024, 1)} KB`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// 3. Main-thread cost in real Chromium, with and without the extension, same page, same run.
function syntheticItems(count: number): DemoItem[] {
  const base = loadCatalog();
  return Array.from({ length: count }, (_, i) => {
    const b = base[i % base.length] as DemoItem;
    return { ...b, itemId: String(3_000_000_000 + i), provenance: `synthetic copy of: ${b.provenance}` };
  });
}

async function measure(context: BrowserContext, cards: number, scrolled: boolean): Promise<PageCost> {
  const items = syntheticItems(cards);
  const first = scrolled ? items.slice(0, 60) : items;
  await context.route(/^https:\/\/shopee\.vn\//, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: renderSearchPage(first, "bench"),
    }),
  );
  // 60-card loads are traced, for the main thread's CPU time in the content script's work.
  const { page, cdp, recording } = await pageForCost(context, !scrolled);
  await page.goto("https://shopee.vn/search?keyword=bench");
  if (scrolled) {
    await markScrollStart(page);
    // Infinite scroll: 50 more cards per frame-separated batch, as a feed appends them.
    const rest = items.slice(60).map((i) => renderSearchPage([i], "").match(/<li[\s\S]*<\/li>/)?.[0] ?? "");
    for (let i = 0; i < rest.length; i += 50) {
      await page.evaluate(
        (html) => {
          document
            .querySelector("ul.shopee-search-item-result__items")
            ?.insertAdjacentHTML("beforeend", html);
          window.scrollTo(0, document.body.scrollHeight);
        },
        rest.slice(i, i + 50).join(""),
      );
      await page.waitForTimeout(30);
    }
  }
  await page.waitForTimeout(800);
  const cost = await readPageCost(page, cdp, recording);
  await page.close();
  await context.unroute(/^https:\/\/shopee\.vn\//);
  if (cost.badges !== 0 && cost.badges !== cards)
    console.warn(`    (warning: ${cost.badges} badges for ${cards} cards)`);
  return cost;
}

async function benchPages() {
  console.log("\nPage cost in Chromium (synthetic pages built from the demo catalogue; medians of 5 loads)");
  const withExt = await launchWithExtension({ headless: true });
  const without = await chromium.launchPersistentContext("", {
    headless: true,
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
  });
  try {
    // The first load also installs the bundled feed; it is not counted.
    await measure(withExt, 60, false);
    for (const [cards, scrolled] of [
      [60, false],
      [1000, true],
    ] as const) {
      const a: PageCost[] = [];
      const b: PageCost[] = [];
      for (let run = 0; run < 5; run++) {
        b.push(await measure(without, cards, scrolled));
        a.push(await measure(withExt, cards, scrolled));
      }
      const extra = median(a.map((x) => x.taskMs)) - median(b.map((x) => x.taskMs));
      const base = median(b.map((x) => x.taskMs));
      const label = scrolled ? `${cards} cards via infinite scroll` : `${cards}-card search page`;
      console.log(
        `    ${label}: main thread ${fmt(base, 1)} ms without, ${fmt(base + extra, 1)} ms with the extension (script ${fmt(median(a.map((x) => x.scriptMs)) - median(b.map((x) => x.scriptMs)), 1)} ms more)`,
      );
      const work = median(a.map((x) => x.workMs));
      console.log(
        `    content script work measured inside it (extract, reply parsing, render): ${fmt(work, 1)} ms; the rest of the\n` +
          "    difference is Chrome's own extension machinery (isolated world, injection, messaging) and script compile",
      );
      if (!scrolled) {
        const cpu = median(a.map((x) => x.workThreadMs ?? x.workMs));
        verdictLine(
          "content script main-thread (CPU) time, 60-card page",
          `${fmt(cpu, 1)} ms`,
          "< 16 ms",
          cpu < 16,
        );
        console.log(`    (the same in wall time: ${fmt(work, 1)} ms; see scripts/bench-thread-time.ts)`);
        verdictLine(
          "page load, extra main-thread time vs without",
          `${fmt((100 * extra) / base, 1)} %`,
          "< 5 % (see note)",
          (100 * extra) / base < 5,
        );
      } else {
        const lt = median(a.map((x) => x.longTasks)) - median(b.map((x) => x.longTasks));
        verdictLine("long tasks (> 50 ms) added, 1,000 cards scrolled in", String(lt), "0", lt <= 0);
      }
    }
    console.log(
      "    note: the demo page runs almost no script of its own, so the % is against a near-empty baseline; live\n" +
        "    marketplace pages spend far more main-thread time, which makes the same absolute cost a smaller share.",
    );
  } finally {
    await withExt.close();
    await without.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// 4. Feeds: size of a 100,000-warning feed and of a 1 % delta; full sync and cold start in Chromium.
interface ChromeMessaging {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
}
declare const chrome: ChromeMessaging;

async function benchFeeds() {
  console.log("\nFeeds (synthetic: 100,000 warnings; served over local HTTP)");
  const feed = syntheticFeed(100_000);
  const bytes = Buffer.from(JSON.stringify(feed));
  const next = FeedSchema.parse({
    ...feed,
    serial: 2,
    warnings: feed.warnings.map((w, i) => (i % 100 === 0 ? { ...w, severity: "medium" } : w)),
  });
  const delta = Buffer.from(JSON.stringify(diffFeeds(feed, next)));
  console.log(
    `    feed ${fmt(bytes.length / 1e6, 1)} MB, gzipped ${fmt(gzipSync(bytes).length / 1e6, 2)} MB; ` +
      `1 % delta ${fmt(delta.length / 1e3, 0)} KB, gzipped ${fmt(gzipSync(delta).length / 1e3, 0)} KB`,
  );
  const server = await startFeedServer();
  serveBenchFeed(server, feed);
  // Playwright inspects a service worker's network traffic by default and copies every response body for it
  // (about 0.6 s more for a 20 MB download on this machine); a user's browser has no such inspector.
  process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = "1";
  const context = await launchWithExtension({ headless: true });
  delete process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const subscription = benchSubscription(server);
    const listing = BENCH_WARNED_LISTING;
    const syncMs = await page.evaluate(async (sub) => {
      const start = performance.now();
      await chrome.storage.local.set({ settings: { subscriptions: [sub] } });
      await chrome.runtime.sendMessage({ soiHang: 1, name: "syncFeed", payload: {} });
      return performance.now() - start;
    }, subscription);
    const firstMatch = await page.evaluate(async (l) => {
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        soiHang: 1,
        name: "match",
        payload: { pageUrl: "https://shopee.vn/", listings: [l] },
      })) as { data?: { verdicts?: { level: string }[] } };
      return { ms: performance.now() - start, level: reply.data?.verdicts?.[0]?.level };
    }, listing);
    console.log(
      `    download, verify, validate, compact and store: ${fmt(syncMs, 0)} ms; first verdict after it: ${fmt(firstMatch.ms, 0)} ms`,
    );
    console.log(`    steps in the worker: ${await workerSteps(worker)}`);
    const fullMs = syncMs + firstMatch.ms;
    verdictLine("full sync to a usable index", `${fmt(fullMs, 0)} ms`, "< 3 s", fullMs < 3000);
    if (firstMatch.level !== "danger")
      console.warn(`    (warning: expected a danger verdict, got ${firstMatch.level})`);
    const calm = { ...listing, key: "shopee:9:9", sellerId: "42" };
    for (const [label, probe] of [
      ["service worker cold start to first verdict (calm listing)", calm],
      ["  the same for a warned listing (reads the warning text)", listing],
    ] as const) {
      const cold: number[] = [];
      for (let i = 0; i < 3; i++) {
        await stopWorkers(page);
        cold.push(
          await page.evaluate(async (l) => {
            const start = performance.now();
            await chrome.runtime.sendMessage({
              soiHang: 1,
              name: "match",
              payload: { pageUrl: "https://shopee.vn/", listings: [l] },
            });
            return performance.now() - start;
          }, probe),
        );
      }
      const coldMs = median(cold);
      verdictLine(label, `${fmt(coldMs, 0)} ms`, "< 300 ms", coldMs < 300);
    }
    if (process.argv.includes("--probe-idb")) {
      const probe = await page.evaluate(async () => {
        const t0 = performance.now();
        const db = await new Promise<IDBDatabase>((res) => {
          const r = indexedDB.open("soi-hang");
          r.onsuccess = () => res(r.result);
        });
        const t1 = performance.now();
        const all = await new Promise<unknown[]>((res) => {
          const r = db.transaction("feeds").objectStore("feeds").getAll();
          r.onsuccess = () => res(r.result as unknown[]);
        });
        const t2 = performance.now();
        const sizes = all.map((rec) =>
          Object.entries((rec as { index?: Record<string, unknown> }).index ?? {}).map(
            ([k, v]) =>
              `${k}:${typeof v === "string" ? v.length * 2 : ArrayBuffer.isView(v) ? v.byteLength : 0}`,
          ),
        );
        return { openMs: Math.round(t1 - t0), readMs: Math.round(t2 - t1), sizes };
      });
      console.log("    idb probe:", JSON.stringify(probe));
    }
  } finally {
    await context.close();
    await server.close();
  }
}

/** The `soi-hang:*` measures the worker recorded since the last call (see utils/work-timer.ts), then clears them. */
async function workerSteps(worker: import("@playwright/test").Worker): Promise<string> {
  const steps = await worker.evaluate(() => {
    const list = performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("soi-hang:"))
      .map((m) => [m.name.slice(9), Math.round(m.duration)] as const);
    performance.clearMeasures();
    return list;
  });
  return `${steps.map(([name, ms]) => `${name} ${ms}`).join(", ")} (ms)`;
}

async function stopWorkers(page: import("@playwright/test").Page) {
  const session = await page.context().newCDPSession(page);
  await session.send("ServiceWorker.enable");
  await session.send("ServiceWorker.stopAllWorkers");
  await session.detach();
  await page.waitForTimeout(300);
}

if (!existsSync(`${EXTENSION_PATH}/manifest.json`) || process.argv.includes("--build")) {
  spawnSync("npx", ["wxt", "build"], { stdio: "inherit" });
}
console.log(
  "Soi Hàng benchmarks — budgets from DESIGN.md; machine:",
  `${process.platform} ${process.arch}, node ${process.version}`,
);
// `--only=matching` (or guides, sites, memory, bundle, pages, platforms, load, heap, feeds, sweep, intake, queue) runs one
// part.
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
if (!only || only === "matching") benchMatching();
if (!only || only === "guides") {
  const real = evalSet()
    .filter((item) => item.part === "real")
    .map((item) => item.listing.title);
  benchGuides(syntheticFeed(100_000), [
    { name: "demo titles", listings: syntheticListings(100_000) },
    { name: "real titles", listings: syntheticListings(100_000, real) },
    {
      name: "titles of a guide's goods",
      listings: syntheticListings(100_000, [
        "Thuốc kháng sinh Amoxicillin 500mg hộp 10 vỉ",
        "Viên uống bổ gan thực phẩm bảo vệ sức khoẻ hộp 60 viên",
        "Kem chống nắng Anessa 60ml nội địa Nhật",
        "Thuốc lá điện tử pod 2ml vị dâu",
        "Son môi kem lì lâu trôi màu đỏ",
      ]),
    },
  ]);
}
if (!only || only === "sites") await benchSites();
if (!only || only === "memory") benchMemory(syntheticFeed);
if (!only || only === "bundle") benchBundle();
if (!only || only === "pages") await benchPages();
if (!only || only === "platforms") await benchPlatforms();
if (!only || only === "load") await benchLoadCost(EXTENSION_PATH);
if (!only || only === "heap") await benchHeap(syntheticFeed);
if (!only || only === "feeds") await benchFeeds();
if (!only || only === "sweep") await benchSweep();
if (!only || only === "intake") await benchIntake();
if (!only || only === "queue") await benchQueue();
