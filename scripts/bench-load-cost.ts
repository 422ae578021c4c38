// What a page load costs with the extension: for each platform page of the bench (60 cards) and a page with no
// listing (Shopee's login wall), Chrome's main-thread time without the extension and with each build given,
// loads taken in turn so that the machine's drift touches every build alike. `npm run bench -- --only=load`
// measures the current build; `npx tsx scripts/bench-compare.ts <before> <after>` pairs two builds.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumExecutable, launchWithExtension } from "../demo/chromium";
import { PLATFORM_PAGES } from "../tests/e2e/support/platform-pages";
import { type PageCost, pageForCost, readPageCost } from "./bench-page-cost";
import { pageWithCards } from "./bench-platforms";
import { fmt, median, verdictLine } from "./bench-report";

export interface LoadPage {
  name: string;
  url: string;
  body: string;
}

/** A page a content script runs on that has no listing at all: it should pay its start and nothing more. */
const LOGIN_WALL: LoadPage = {
  name: "Shopee VN login wall (synthetic, no listing)",
  url: "https://shopee.vn/buyer/login?next=https%3A%2F%2Fshopee.vn%2F",
  body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Shopee Việt Nam</title></head>
<body><header><a href="/">Shopee</a> Đăng nhập</header><main><form><h1>Đăng nhập</h1>
<input name="loginKey" placeholder="Email/Số điện thoại/Tên đăng nhập"><input name="password" type="password" placeholder="Mật khẩu">
<button>ĐĂNG NHẬP</button><a href="/buyer/forgot">Quên mật khẩu</a></form></main>
<footer>${"<p>Chính sách bảo mật · Quy chế hoạt động · Chính sách vận chuyển</p>".repeat(10)}</footer></body></html>`,
};

export function loadPages(only?: string): LoadPage[] {
  const pages = PLATFORM_PAGES.filter((p) => !only || p.name.startsWith(only)).map((p) => ({
    name: p.name,
    url: p.url,
    body: pageWithCards(p, 60),
  }));
  return only && !LOGIN_WALL.name.startsWith(only) ? pages : [...pages, LOGIN_WALL];
}

/** Serves every page at its own address; everything else (scripts, images of saved pages) is absent. */
async function serve(context: BrowserContext, pages: readonly LoadPage[]): Promise<void> {
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const page = pages.find((p) => {
      const target = new URL(p.url);
      return target.origin === url.origin && target.pathname === url.pathname;
    });
    return page
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: page.body })
      : route.abort();
  });
}

async function load(context: BrowserContext, page: LoadPage, traced: boolean): Promise<PageCost> {
  const { page: tab, cdp, recording } = await pageForCost(context, traced);
  await tab.goto(page.url);
  await tab.waitForTimeout(1000);
  const cost = await readPageCost(tab, cdp, recording);
  await tab.close();
  return cost;
}

/** The largest content script of a build, in KB. */
function contentScriptKb(build: string): number {
  const dir = join(build, "content-scripts");
  return Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).size)) / 1024;
}

export interface BuildCost {
  start: number;
  cpu: number;
  /** Main-thread time added, from the traces (mainThreadTaskMs). */
  added: number;
  /** Main-thread CPU time added, from the same traces (mainThreadCpuMs): what the budget is judged on. */
  addedCpu: number;
  /** Pills showing once the load settled. */
  pills: number;
  /** The same from Chrome's TaskDuration metric, as earlier benches printed it. */
  addedTaskMetric: number;
}

/**
 * Each page loaded `loads` times in each context in turn (after one load each that is not counted: it installs
 * the bundled feed and warms the disk cache). Prints a row per page: the page's own main-thread time without
 * the extension, then per build its start, its CPU and the main-thread time it adds (medians).
 */
export async function loadCostTable(
  builds: readonly { label: string; path: string }[],
  pages: readonly LoadPage[],
  loads: number,
): Promise<Map<string, BuildCost[]>> {
  const without = await chromium.launchPersistentContext("", {
    headless: true,
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
  });
  const contexts: BrowserContext[] = [];
  const rows = new Map<string, BuildCost[]>();
  try {
    for (const build of builds)
      contexts.push(await launchWithExtension({ headless: true, extensionPath: resolve(build.path) }));
    for (const context of [without, ...contexts]) await serve(context, pages);
    for (const context of [without, ...contexts]) for (const page of pages) await load(context, page, false);
    console.log(
      `    ${"page".padEnd(46)} ${"alone".padStart(8)}${builds
        .map(
          (b) =>
            ` │ ${b.label.slice(0, 10).padEnd(10)} ${"start".padStart(7)} ${"CPU".padStart(7)} ${"+cpu".padStart(7)} ${"+main".padStart(6)} ${"+task".padStart(6)} ${"pills".padStart(5)}`,
        )
        .join("")}`,
    );
    for (const page of pages) {
      const alone: PageCost[] = [];
      const costs: PageCost[][] = builds.map(() => []);
      for (let i = 0; i < loads; i++) {
        alone.push(await load(without, page, true));
        for (const [k, context] of contexts.entries()) costs[k]?.push(await load(context, page, true));
      }
      const base = median(alone.map((x) => x.mainThreadMs ?? 0));
      const baseCpu = median(alone.map((x) => x.mainCpuMs ?? 0));
      // Each load with a build less the load alone just before it: the two shared the machine's state.
      const paired = (c: PageCost[], pick: (x: PageCost) => number) =>
        median(c.map((x, i) => pick(x) - pick(alone[i] as PageCost)));
      const row: BuildCost[] = costs.map((c) => ({
        start: median(c.map((x) => x.startThreadMs ?? 0)),
        cpu: median(c.map((x) => x.workThreadMs ?? x.workMs)),
        added: paired(c, (x) => x.mainThreadMs ?? 0),
        addedCpu: paired(c, (x) => x.mainCpuMs ?? 0),
        addedTaskMetric: paired(c, (x) => x.taskMs),
        pills: median(c.map((x) => x.pills)),
      }));
      rows.set(page.name, row);
      console.log(
        `    ${page.name.padEnd(46)} ${`${fmt(base, 0)}/${fmt(baseCpu, 0)}`.padStart(8)}${row
          .map(
            (r) =>
              ` │ ${"".padEnd(10)} ${fmt(r.start, 1).padStart(6)} ${fmt(r.cpu, 1).padStart(6)} ${fmt(r.addedCpu, 1).padStart(6)} ${fmt(r.added, 1).padStart(6)} ${fmt(r.addedTaskMetric, 0).padStart(6)} ${String(r.pills).padStart(5)}`,
          )
          .join("")}`,
      );
    }
    console.log(
      `    content script (largest): ${builds.map((b) => `${b.label} ${fmt(contentScriptKb(b.path), 1)} KB`).join(", ")}`,
    );
    console.log(
      `    alone: the page's own main-thread time without the extension, wall/CPU (its renderer main thread's\n` +
        `    top-level tasks, from a trace of each load); start: the main thread's CPU time evaluating the content\n` +
        `    script and setting it up; CPU: its work on the page's cards; +cpu: main-thread CPU time with the build\n` +
        `    minus alone (injection, compile, messaging, work, the pills' style, layout and paint), from the same\n` +
        `    traces, each load less the load alone just before it; +main: the same in wall time, which also counts\n` +
        `    the moments the main thread waited for one of the 2 shared cores; +task: Chrome's TaskDuration metric\n` +
        `    (it swings most); pills: pills showing after the load. Medians of ${loads} loads of each, all in ms.`,
    );
  } finally {
    for (const context of [without, ...contexts]) await context.close();
  }
  return rows;
}

/** `npm run bench -- --only=load`: the current build against the budgets of issue 33. */
export async function benchLoadCost(build: string): Promise<void> {
  const only = process.argv.find((a) => a.startsWith("--platform="))?.slice(11);
  console.log("\nWhat a page load costs (60 cards; a page with no listing)");
  const rows = await loadCostTable([{ label: "this build", path: build }], loadPages(only), 9);
  const worst = (pick: (c: BuildCost) => number) =>
    Math.max(...[...rows.values()].map((r) => pick(r[0] as BuildCost)));
  verdictLine(
    "main-thread CPU time added per load (worst page)",
    `${fmt(
      worst((c) => c.addedCpu),
      0,
    )} ms (wall ${fmt(
      worst((c) => c.added),
      0,
    )} ms)`,
    "≤ 15 ms",
    worst((c) => c.addedCpu) <= 15,
  );
  verdictLine(
    "content script start (worst page)",
    `${fmt(
      worst((c) => c.start),
      1,
    )} ms`,
    "< 3 ms",
    worst((c) => c.start) < 3,
  );
}
