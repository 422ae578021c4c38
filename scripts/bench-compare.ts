// `npx tsx scripts/bench-compare.ts <build> <build> [--platform=Sendo] [--loads=12]`: two builds of the
// extension (say `.output/chrome-mv3` and a copy of an older one) on the same 60-card platform page, loaded in
// turn. On 2 shared cores the platforms bench's 60-card figure moves by 2–5 ms between runs of one build, more
// than most changes; loads taken in turn share whatever else the machine is doing, so their medians compare.
import { resolve } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { launchWithExtension } from "../demo/chromium";
import { PLATFORM_PAGES, type PlatformPage } from "../tests/e2e/support/platform-pages";
import { type PageCost, pageForCost, readPageCost } from "./bench-page-cost";
import { pageWithCards, servePage } from "./bench-platforms";
import { fmt, median } from "./bench-report";

const builds = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const loads = Number(option("loads") ?? 12);
const chosen = PLATFORM_PAGES.find((page) => page.name.startsWith(option("platform") ?? "Sendo"));
if (builds.length !== 2 || !chosen || !(loads > 0)) {
  console.error("usage: npx tsx scripts/bench-compare.ts <build> <build> [--platform=Sendo] [--loads=12]");
  process.exit(2);
}
const p: PlatformPage = chosen;

async function load(context: BrowserContext): Promise<PageCost> {
  const { page, cdp, recording } = await pageForCost(context, true);
  await page.goto(p.url);
  await page.waitForTimeout(1000);
  const cost = await readPageCost(page, cdp, recording);
  await page.close();
  return cost;
}

const body = pageWithCards(p, 60);
const contexts: BrowserContext[] = [];
try {
  for (const build of builds) {
    const context = await launchWithExtension({ headless: true, extensionPath: resolve(build) });
    await servePage(context, p, body);
    // The first load also installs the bundled feed; it is not counted.
    await load(context);
    contexts.push(context);
  }
  const costs: PageCost[][] = builds.map(() => []);
  for (let i = 0; i < loads; i++)
    for (const [k, context] of contexts.entries()) costs[k]?.push(await load(context));
  console.log(`${p.name}, 60 cards, ${loads} loads of each build in turn (medians; fastest in brackets)`);
  for (const [k, build] of builds.entries()) {
    const cpu = (costs[k] ?? []).map((c) => c.workThreadMs ?? c.workMs);
    const start = (costs[k] ?? []).map((c) => c.startThreadMs ?? 0);
    console.log(
      `  ${build.padEnd(40)} CPU ${fmt(median(cpu), 1)} (${fmt(Math.min(...cpu), 1)}) ms   start ${fmt(median(start), 1)} (${fmt(Math.min(...start), 1)}) ms`,
    );
  }
} finally {
  for (const context of contexts) await context.close();
}
