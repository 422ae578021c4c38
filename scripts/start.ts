// `npm start`: builds the extension, starts the office's intake service (server/) on an embedded database, and
// opens Chromium with the extension on the demo marketplace at https://shopee.vn/. `npm start -- --headless`
// prints what was flagged and saves a screenshot.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchWithExtension } from "../demo/chromium";
import { DEMO_SEARCH_URL, loadCatalog } from "../demo/marketplace";
import { routeDemoMarketplace } from "../demo/routes";
import { startIntakeService } from "../server/service";
import { readSubmission } from "../server/submissions/read";
import { ensureWorkspaceBuilt } from "../server/workspace/ui-build";
import { BUNDLED_SUBSCRIPTION } from "../utils/feed/subscriptions";
import { setUpDemoOffice } from "./demo-office";

const args = new Set(process.argv.slice(2));
const headless =
  args.has("--headless") ||
  (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === "linux");
const dataDir = resolve("demo-data");

if (!args.has("--no-build")) {
  console.log("Building the extension (wxt build)…");
  const build = spawnSync("npx", ["wxt", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await ensureWorkspaceBuilt();
/** The demo intake's port; the shipped extension knows no intake, `npm start` sets this one in its settings. */
const intakePort = 8787;
const intakeData = resolve(dataDir, "intake");
const intake = await startIntakeService({
  database: { kind: "embedded", dataDir: intakeData },
  port: intakePort,
  onStored: (event) => {
    void readSubmission(intake.database.db, event.id).then((stored) => {
      if (stored?.kind !== "report") return;
      const r = stored.body;
      console.log(
        `\n📨 Report ${event.receipt} stored: [${r.category}] ${r.listing.key} "${r.listing.title}" — note: ${r.note || "(none)"}` +
          `${r.province ? ` — province: ${r.province}` : ""}` +
          `${r.evidence.screenshot ? ` — screenshot ${r.evidence.screenshot.width}×${r.evidence.screenshot.height}` : ""}`,
      );
    });
  },
}).catch((e: unknown) => {
  console.error(
    `Could not start the intake on port ${intakePort}: ${e instanceof Error ? e.message : e}. Is another \`npm start\` (or \`npm run intake\`) running?`,
  );
  process.exit(1);
});
console.log(
  `The office's intake is listening at ${intake.origin}/api/reports (embedded PostgreSQL in ${intakeData}; ` +
    "run `npm run intake -- --data demo-data/intake` to keep it running on its own)",
);
const office = await setUpDemoOffice(intake.database.db, intake.origin, resolve(dataDir, "office"));
console.log(
  `Review workspace: ${intake.origin}/workspace/ — account "${office.username}", password ${office.password} ` +
    `(kept in ${resolve(dataDir, "office", "workspace-password.txt")})`,
);

const context = await launchWithExtension({ headless });
await routeDemoMarketplace(context);
// The extension follows the bundled sample list and the demo office's own signed feed, and reports to it: the
// intakes are set here explicitly (the shipped build has none), and the office's feed is approved as a recipient.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
await worker.evaluate(
  (settings) =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ settings }),
  {
    intakeUrl: `${intake.origin}/api/reports`,
    staffIntakeUrl: `${intake.origin}/api/cases`,
    subscriptions: [
      BUNDLED_SUBSCRIPTION,
      {
        id: "demo-office",
        url: office.feedUrl,
        name: "Chi cục QLTT (bản chạy thử)",
        keys: [office.key],
        enabled: true,
        reportsTo: true,
      },
    ],
  },
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_SEARCH_URL);
const catalog = loadCatalog();
await page
  .locator("soi-hang-badge")
  .nth(catalog.length - 1)
  .waitFor({ state: "attached", timeout: 20_000 });

const flagged = await page.locator('soi-hang-badge:not([data-level="none"])').evaluateAll((hosts) =>
  hosts.map((h) => ({
    level: h.getAttribute("data-level") ?? "",
    key: h.getAttribute("data-listing") ?? "",
    title: h.previousElementSibling?.textContent?.trim() ?? "",
  })),
);
console.log(
  `\nSoi Hàng checked ${await page.locator("soi-hang-badge").count()} listings on ${DEMO_SEARCH_URL}:`,
);
for (const f of flagged) console.log(`  ${f.level.toUpperCase().padEnd(8)} ${f.key.padEnd(30)} ${f.title}`);

if (headless) {
  mkdirSync(dataDir, { recursive: true });
  const shot = resolve(dataDir, `demo-${new Date().toISOString().replace(/[:.]/g, "-")}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`\nScreenshot: ${shot}`);
  await context.close();
  await intake.close();
} else {
  console.log("\nChromium is open on the demo marketplace. Press a badge to see why; report from its panel.");
  console.log("Close the browser window (or press Ctrl+C) to stop.");
  const stop = async () => {
    await context.close().catch(() => undefined);
    await intake.close();
    process.exit(0);
  };
  context.on("close", () => void stop());
  process.on("SIGINT", () => void stop());
}
