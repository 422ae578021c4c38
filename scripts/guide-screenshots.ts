// Screenshots of the guides and the first-run page for README and docs/: `npx tsx scripts/guide-screenshots.ts`
// (after `npm run build:chrome`). The built extension in Chromium, on the demo marketplace with the bundled feed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchWithExtension } from "../demo/chromium";
import { FUNCTIONAL_FOOD } from "../demo/guide-items";
import { DEMO_ORIGIN, itemPath, loadCatalog, renderProductPage } from "../demo/marketplace";
import { routeDemoMarketplace } from "../demo/routes";
import { clickInBadge } from "../tests/e2e/support/shadow";

const context = await launchWithExtension({
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), "soi-hang-shots-")),
  offline: true,
});
try {
  await routeDemoMarketplace(context);
  const item = FUNCTIONAL_FOOD;
  const url = `${DEMO_ORIGIN}${itemPath(item)}`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: renderProductPage(item, loadCatalog().slice(0, 3)),
    }),
  );
  // The first-run page opened on install.
  const welcome = await (async () => {
    for (let i = 0; i < 50; i++) {
      const page = context.pages().find((p) => p.url().endsWith("/welcome.html"));
      if (page) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("no first-run page");
  })();
  await welcome.setViewportSize({ width: 760, height: 1000 });
  await welcome.waitForTimeout(800);
  await welcome.screenshot({ path: "docs/welcome.png", fullPage: true });

  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 820 });
  await page.goto(url);
  await page.waitForSelector("soi-hang-badge[data-banner]");
  await page.waitForTimeout(600);
  await page.screenshot({ path: "docs/guide-banner.png", clip: { x: 0, y: 0, width: 1100, height: 330 } });
  await clickInBadge(page, `shopee:${item.shopId}:${item.itemId}`, "button.guide");
  await page.waitForTimeout(1200);
  await page.screenshot({ path: "docs/guide-panel.png" });
  console.log("docs/welcome.png, docs/guide-banner.png, docs/guide-panel.png");
} finally {
  await context.close();
}
