// Screenshots of each screen a shopper and an officer see, in Vietnamese, for README and docs/screens/:
// `npx tsx scripts/screens.ts [--extension <built dir>] [--out <folder>]` (after `npm run build:chrome`).
// The built extension in Chromium on the demo marketplace with the bundled feed and a real local intake. It
// drives the screens through the selectors the e2e tests use, so it also runs against an older build (the
// "before" pictures of docs/screens/before/ came from the build of ccc9c1a, before issue 30's changes).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { captureGrantedCopy, launchWithExtension } from "../demo/chromium";
import { DEMO_ORIGIN, DEMO_SEARCH_URL, itemPath, loadCatalog } from "../demo/marketplace";
import { routeDemoMarketplace } from "../demo/routes";
import { startTestIntake } from "../tests/e2e/support/intake";
import { clickInPanel, panelFrame, typeInPanel } from "../tests/e2e/support/panel";
import { clickInBadge } from "../tests/e2e/support/shadow";
import { setSettings, tabIdOf } from "../tests/e2e/support/worker";

const { values } = parseArgs({
  options: {
    extension: { type: "string", default: ".output/chrome-mv3" },
    out: { type: "string", default: "docs/screens" },
  },
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

// A listing the bundled feed warns about (a danger verdict), on its product page.
const WARNED = { shopId: "9100000001", itemId: "2300000011" };
const warnedItem = loadCatalog().find((i) => i.shopId === WARNED.shopId && i.itemId === WARNED.itemId);
if (!warnedItem) throw new Error("the demo catalog has no warned item");
const warnedUrl = `${DEMO_ORIGIN}${itemPath(warnedItem)}`;
const warnedKey = `shopee:${WARNED.shopId}:${WARNED.itemId}`;

const shot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(join(values.out, `${name}.png`));
};

const intake = await startTestIntake();
const profile = mkdtempSync(join(tmpdir(), "soi-hang-screens-"));
const extensionPath = captureGrantedCopy(resolve(values.extension));
const context = await launchWithExtension({
  headless: true,
  userDataDir: profile,
  extensionPath,
  offline: true,
});
try {
  await routeDemoMarketplace(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  await setSettings(worker, { intakeUrl: intake.url, staffIntakeUrl: intake.casesUrl, staffMode: true });
  const extensionPage = async (path: string, width: number, height: number) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.waitForLoadState("networkidle");
    return page;
  };

  // The shopper: a warned product page's banner, its panel, the report form in a small window, the confirmation.
  const product = await context.newPage();
  await product.setViewportSize({ width: 1100, height: 760 });
  await product.goto(warnedUrl);
  await product.waitForSelector(`soi-hang-badge[data-listing="${warnedKey}"][data-banner]`);
  await shot(product, "1-product-banner");
  await clickInBadge(product, warnedKey, "button.pill");
  await panelFrame(product);
  await shot(product, "2-product-panel");

  const small = await context.newPage();
  await small.setViewportSize({ width: 360, height: 600 });
  await small.goto(warnedUrl);
  await small.waitForSelector(`soi-hang-badge[data-listing="${warnedKey}"][data-banner]`);
  await clickInBadge(small, warnedKey, "button.pill");
  await clickInPanel(small, '[data-action="report"]');
  await small.waitForTimeout(1500);
  await shot(small, "3-report-form-360x600");
  await typeInPanel(small, "#sh-note", "Giá rẻ bất thường, nghi hàng giả");
  await clickInPanel(small, '[data-action="submit-report"]');
  await small.waitForTimeout(2500);
  await shot(small, "4-report-sent-360x600");

  // The toolbar popup on the warned product page, then the person's reports and the settings.
  const tabId = await tabIdOf(worker, `${warnedUrl}*`);
  await shot(await extensionPage(`popup.html?tab=${tabId}`, 380, 600), "5-popup", true);
  await shot(await extensionPage("reports.html", 900, 600), "6-my-reports", true);
  await shot(await extensionPage("options.html", 900, 700), "7-settings", true);

  // The officer: a sweep in the side panel at its default width, and its printed summary.
  const panel = await extensionPage("sidepanel.html", 400, 800);
  await panel.locator("#sweep-name").fill("Quét túi xách tháng 12");
  await panel.locator("#sweep-inspector").fill("QLTT-07");
  await panel.locator("#sweep-unit").fill("Đội QLTT số 7");
  await shot(panel, "8-sweep-start-400x800");
  await panel.locator('[data-action="start-sweep"]').click();
  const search = await context.newPage();
  await search.goto(DEMO_SEARCH_URL);
  await search.waitForSelector("soi-hang-badge[data-level=danger]");
  await search.waitForTimeout(2000);
  await panel.bringToFront();
  await panel.waitForSelector(".sweep-row");
  await shot(panel, "9-sweep-table-400x800");
  const summary = await extensionPage(
    `sweep-summary.html?sweep=${await panel.locator("[data-sweep]").first().getAttribute("data-sweep")}`,
    900,
    900,
  );
  await shot(summary, "10-sweep-summary", true);
} finally {
  await context.close();
  await intake.close();
  rmSync(profile, { recursive: true, force: true });
}
