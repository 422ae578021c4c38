import { E_CIGARETTE, FUNCTIONAL_FOOD } from "../../demo/guide-items";
import { DEMO_ORIGIN, type DemoItem, itemPath, loadCatalog, renderProductPage } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { panelHtml, panelText } from "./support/panel";
import { badgeHtml, badgeText, clickInBadge } from "./support/shadow";

const catalog = loadCatalog();
const key = (item: DemoItem) => `shopee:${item.shopId}:${item.itemId}`;

async function openProduct(context: import("@playwright/test").BrowserContext, item: DemoItem) {
  const url = `${DEMO_ORIGIN}${itemPath(item)}`;
  // Registered after the demo marketplace's route, so it answers first for this one address.
  await context.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: renderProductPage(item, catalog.slice(0, 3)),
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator(`h1 + soi-hang-badge[data-listing="${key(item)}"][data-banner]`)).toBeVisible();
  return page;
}

test("a functional-food product page: the banner offers the guide, quietly; the panel shows its steps with sources and the official look-up", async ({
  context,
}) => {
  const page = await openProduct(context, FUNCTIONAL_FOOD);
  const host = page.locator(`soi-hang-badge[data-listing="${key(FUNCTIONAL_FOOD)}"]`);
  // Information, not a warning: the level stays what the feeds say (nothing here).
  await expect(host).toHaveAttribute("data-level", "none");
  await expect
    .poll(() => badgeText(page, key(FUNCTIONAL_FOOD), "button.guide"))
    .toBe("Cách kiểm tra hàng thật");
  await clickInBadge(page, key(FUNCTIONAL_FOOD), "button.guide");
  await expect
    .poll(() => panelText(page, '[data-guide="functional-foods"] h3'))
    .toBe("Cách kiểm tra hàng thật: Thực phẩm chức năng");
  const guide = (await panelText(page, '[data-guide="functional-foods"]')) ?? "";
  expect(guide).toContain("Thực phẩm chức năng không phải là thuốc");
  expect(guide).toContain("Theo VietNamNet");
  expect(guide).toContain("Tra cứu chính thức");
  expect(await panelHtml(page, '[data-guide="functional-foods"] .lookups')).toContain(
    'href="https://vfa.gov.vn/"',
  );
  // Nothing says the goods may not be sold.
  expect(await panelHtml(page, '[data-guide="functional-foods"]')).not.toContain('data-field="legal"');
});

test("an e-cigarette product page: the guide says plainly that the goods may not be sold", async ({
  context,
}) => {
  const page = await openProduct(context, E_CIGARETTE);
  await clickInBadge(page, key(E_CIGARETTE), "button.guide");
  await expect
    .poll(() => panelText(page, '[data-guide="e-cigarettes"] [data-field="legal"]'))
    .toContain("Mặt hàng bị cấm kinh doanh");
  expect(await panelText(page, '[data-guide="e-cigarettes"] [data-field="legal"]')).toContain(
    "Cấm kinh doanh thuốc lá điện tử và thuốc lá nung nóng từ 1/1/2025.",
  );
});

test("a plain T-shirt page shows nothing new: no guide in the banner or the panel", async ({ context }) => {
  const shirt = catalog.find((i) => i.title.startsWith("Áo thun Outerity"));
  if (!shirt) throw new Error("catalogue changed");
  const page = await openProduct(context, shirt);
  const banner = await badgeHtml(page, key(shirt), ".note");
  expect(banner).toContain("Shopee đã ký cam kết");
  expect(banner).not.toContain("guide");
  await clickInBadge(page, key(shirt), "button.pill");
  await expect.poll(() => panelText(page, "h2")).toBe("Chưa có cảnh báo nào về tin đăng này");
  expect(await panelHtml(page, ".panel")).not.toContain("data-guide");
});
