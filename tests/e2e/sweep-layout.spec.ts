import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { startSweep } from "./support/sweep";
import { setSettings } from "./support/worker";

test("the side panel at its default 400 px: the first listings are visible without scrolling, level chips on one line", async ({
  context,
  extensionId,
  serviceWorker,
  intake,
}) => {
  await setSettings(serviceWorker, {
    intakeUrl: intake.url,
    staffIntakeUrl: intake.casesUrl,
    staffMode: true,
  });
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
  // Each level chip of the filters stays on one line.
  const chips = panel.locator(".sweep-filters .levels label");
  for (let i = 0; i < (await chips.count()); i++) {
    const box = await chips.nth(i).boundingBox();
    expect(box?.height ?? 0).toBeLessThan(30);
  }
});
