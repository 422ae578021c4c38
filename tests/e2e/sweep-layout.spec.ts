import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { enableStaffMode, startSweep } from "./support/sweep";

test("the side panel at its default 400 px: the first listings are visible without scrolling, level chips on one line", async ({
  context,
  extensionId,
  serviceWorker,
  intake,
}) => {
  await enableStaffMode(serviceWorker, intake);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await startSweep(panel, { name: "Quét thử", inspectorId: "QLTT-01", unit: "Đội 1" });
  const shop = await context.newPage();
  await shop.goto(DEMO_SEARCH_URL);
  await expect(shop.locator("soi-hang-badge")).toHaveCount(31);
  await panel.bringToFront();
  const rows = panel.locator(".sweep-row");
  await expect.poll(() => rows.count()).toBeGreaterThan(3);
  // The first three rows are on screen as the panel opens, with nothing scrolled.
  expect(await panel.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  const third = await rows.nth(2).boundingBox();
  console.log(
    `side panel 400×800: the third row ends at ${Math.round((third?.y ?? 0) + (third?.height ?? 0))} px`,
  );
  expect((third?.y ?? 9999) + (third?.height ?? 0)).toBeLessThanOrEqual(800);
  // Level chips stay on one line: the table's, and the filters' once they are opened.
  for (let i = 0; i < 3; i++)
    expect((await rows.nth(i).locator(".pill").boundingBox())?.height ?? 99).toBeLessThan(24);
  // The table's head (count, select all) stays in view, above the rows, with the list and the panel scrolled
  // to their ends.
  await panel.locator(".virtual-list").evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(panel.locator(".sweep-row").last()).toBeInViewport();
  await expect(panel.locator('[data-action="select-shown"]')).toBeInViewport();
  const head = await panel.locator(".table-head").boundingBox();
  const list = await panel.locator(".virtual-list").boundingBox();
  expect((head?.y ?? 0) + (head?.height ?? 0)).toBeLessThanOrEqual((list?.y ?? 0) + 1);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.locator("details.more-filters > summary").click();
  const chips = panel.locator(".sweep-filters .levels label");
  await expect(chips).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await expect(chips.nth(i)).toBeVisible();
    expect((await chips.nth(i).boundingBox())?.height ?? 99).toBeLessThan(30);
  }
});
