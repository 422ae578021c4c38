import { DEMO_ORIGIN, DEMO_SEARCH_URL } from "../../demo/marketplace";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { enableStaffMode, startSweep } from "./support/sweep";
import { openExtensionPage, tabIdOf } from "./support/worker";

test("no serious or critical accessibility findings on the popup, its report form, options, My reports, the side panel and the summary", async ({
  context,
  extensionId,
  serviceWorker,
  intake,
}) => {
  await enableStaffMode(serviceWorker, intake);
  const shop = await context.newPage();
  await shop.goto(DEMO_SEARCH_URL);
  const href = await shop.locator('a[href*="-i.9100000001.2300000012"]').first().getAttribute("href");
  await shop.goto(href ?? "");
  await expect(shop.locator("soi-hang-badge[data-banner]")).toHaveCount(1);
  const tabId = await tabIdOf(serviceWorker, `${DEMO_ORIGIN}/*`);

  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-field="listing-verdict"]')).toBeVisible();
  expect(await seriousViolations(popup), "popup").toEqual([]);
  await popup.locator('[data-action="report-page"]').click();
  await expect(popup.locator("#sh-note")).toBeVisible();
  expect(await seriousViolations(popup), "report form").toEqual([]);

  const options = await openExtensionPage(context, extensionId, "options.html");
  await expect(options.locator("#language")).toBeVisible();
  expect(await seriousViolations(options), "options").toEqual([]);

  const reports = await openExtensionPage(context, extensionId, "reports.html");
  await expect(reports.locator("h1")).toBeVisible();
  expect(await seriousViolations(reports), "My reports").toEqual([]);

  const panel = await openExtensionPage(context, extensionId, "sidepanel.html");
  await startSweep(panel, { name: "Quét thử", inspectorId: "QLTT-01", unit: "Đội 1" });
  await shop.reload();
  await expect.poll(() => panel.locator(".sweep-row").count()).toBeGreaterThan(0);
  expect(await seriousViolations(panel), "side panel").toEqual([]);

  const summaryOpened = context.waitForEvent("page");
  await panel.locator('[data-action="summary"]').click();
  const summary = await summaryOpened;
  await expect(summary.locator("h1")).toBeVisible();
  expect(await seriousViolations(summary), "printable summary").toEqual([]);
});
