import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { startFeedServer } from "../../demo/feed-server";
import { DEMO_ORIGIN, DEMO_SEARCH_URL } from "../../demo/marketplace";
import { routeSavedPage } from "../../demo/routes";
import { sampleFeed, subscribeToFeed } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import { clickInPanel, panelHtml, panelText, selectInPanel, typeInPanel } from "./support/panel";
import { PLATFORM_PAGES } from "./support/platform-pages";
import {
  expectRealScreenshot,
  meanBrightness,
  openBadgeReport,
  openMenuReport,
} from "./support/report-checks";
import { badgeDrawn, badgeHtml, badgeText, clickInBadge } from "./support/shadow";
import { openExtensionPage, openPopupWindow, tabIdOf } from "./support/worker";

// Each entry point with the screenshot permission already given (see captureGrantedCopy).
test.use({ grantCapture: true });

const WARNED = "shopee:9100000001:2300000011";
const CALM_ITEM = { shopId: "34456910", itemId: "15791396126" };

declare const chrome: {
  windows: { create(o: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
};

const shotAttached = (page: Page) =>
  expect.poll(() => panelHtml(page, 'fieldset[data-shot="attached"]'), { timeout: 10_000 }).toBeDefined();

test("from a badge: a screenshot without the form in it, the province's own intake, its hotline, and a second report of the same listing asks first", async ({
  context,
  intake,
  serviceWorker,
  extensionId,
}) => {
  // A feed whose contacts route Hà Nội to its own office at the local intake.
  const server = await startFeedServer();
  const feed = {
    ...sampleFeed,
    serial: 7,
    contacts: [
      { province: "Hà Nội", hotline: "0000 000 388", intake: `${intake.url}/hanoi` },
      { province: "TP. Hồ Chí Minh", hotline: "0000 000 389", intake: `${intake.url}/tphcm` },
    ],
  };
  try {
    await intake.addOffice("hanoi", "Chi cục QLTT Hà Nội", "Hà Nội");
    await intake.addOffice("tphcm", "Cục QLTT TP. Hồ Chí Minh", "TP. Hồ Chí Minh");
    await subscribeToFeed({ context, serviceWorker, extensionId }, server, feed, intake.url);

    const page = await context.newPage();
    await openBadgeReport(page, WARNED);
    await shotAttached(page);
    expect(await panelText(page, '[data-field="screenshot-info"]')).toMatch(/1280×\d+ điểm ảnh/);
    await selectInPanel(page, "#sh-province", "Hà Nội");
    await typeInPanel(page, "#sh-note", "Túi giá 450 nghìn");
    await expect.poll(() => panelText(page, '[data-field="form-hotline"]')).toContain("0000 000 388");
    expect(await panelText(page, '[data-field="destination"]')).toContain(`${intake.url}/hanoi`);
    // Who receives it, by name; the address only in the technical details.
    const recipient = (await panelText(page, '[data-field="recipient"]')) ?? "";
    expect(recipient).toBe("Nơi tiếp nhận phản ánh của Hà Nội");
    const preview = JSON.parse((await panelText(page, "pre[data-preview]")) ?? "{}");
    expect(preview.province).toBe("Hà Nội");
    expect(preview.client.entryPoint).toBe("badge");
    expect(preview.evidence.screenshot.data).toMatch(/^\[ảnh JPEG ở trên: \d+ ký tự base64\]$/);
    expect(intake.log).toHaveLength(0);

    await clickInPanel(page, '[data-action="submit-report"]');
    await expect.poll(() => intake.count()).toBe(1);
    const received = await intake.report(preview.id);
    expect(await intake.officeOf(preview.id)).toBe("hanoi");
    const bytesReceived = expectRealScreenshot(received);
    console.log(
      `screenshot from the badge: ${(bytesReceived / 1024).toFixed(0)} KB JPEG; ` +
        `the report: ${(JSON.stringify(received).length / 1024).toFixed(0)} KB of JSON`,
    );
    // Exactly what was previewed, the screenshot's bytes aside.
    expect({ ...received, evidence: { ...received?.evidence, screenshot: undefined } }).toEqual({
      ...preview,
      evidence: { ...preview.evidence, screenshot: undefined },
    });
    expect(received?.evidence.screenshot?.sha256).toBe(preview.evidence.screenshot.sha256);
    expect(await panelText(page, '[data-field="hotline"]')).toContain("0000 000 388");
    await clickInPanel(page, '[data-action="close"]');

    // The screenshot shows the page, not the dialog over it: the modal's backdrop would darken every pixel, so
    // its mean brightness is compared with that of a screenshot Playwright takes of the bare page.
    const mean = await meanBrightness(page, received?.evidence.screenshot?.data ?? "");
    const pageMean = await meanBrightness(page, (await page.screenshot({ type: "jpeg" })).toString("base64"));
    expect(Math.abs(mean - pageMean)).toBeLessThan(12);

    // The same listing again: the form says so, and sending asks first.
    await clickInBadge(page, WARNED, "button.pill");
    await clickInPanel(page, '[data-action="report"]');
    await expect.poll(() => panelText(page, '[data-field="previous"]')).toContain("Bạn đã báo cáo");
    await shotAttached(page);
    await clickInPanel(page, '[data-action="submit-report"]');
    await clickInPanel(page, '[data-action="confirm-duplicate"]');
    await expect.poll(() => intake.count()).toBe(2);
    // The province was remembered for the second report.
    const second = (await intake.reports()).find((r) => r.id !== preview.id);
    expect(second?.province).toBe("Hà Nội");
    // The popup offers the remembered province's hotline, from the feed.
    const popup = await openExtensionPage(context, extensionId, "popup.html");
    await expect(popup.locator('[data-field="hotline"]')).toHaveText(
      "Đường dây nóng Ban Chỉ đạo 389 Hà Nội: 0000 000 388",
    );
  } finally {
    await server.close();
  }
});

test("from the toolbar popup on a product page: the listing of the tab, its screenshot, sent", async ({
  context,
  intake,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const href = await page.locator('a[href*="-i.9100000001.2300000012"]').first().getAttribute("href");
  await page.goto(href ?? "");
  const key = "shopee:9100000001:2300000012";
  await expect(page.locator(`soi-hang-badge[data-listing="${key}"][data-banner]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  const tabId = await tabIdOf(serviceWorker, `${DEMO_ORIGIN}/*`);
  // The popup as a window of its own, so that the product page stays the visible tab of its window.
  const popup = await openPopupWindow(context, serviceWorker, tabId);
  // The popup leads with this listing's verdict and its reason, before the page's counts and the pledge.
  const verdict = popup.locator('[data-field="listing-verdict"]');
  await expect(verdict).toContainText("Có cảnh báo chính thức về tin đăng này");
  await expect(verdict).toContainText("Cục Quản lý thị trường TP. Hồ Chí Minh (mẫu) cảnh báo:");
  expect(
    await popup.evaluate(() => {
      const order = ["listing-verdict", "platform"].map((f) => document.querySelector(`[data-field="${f}"]`));
      const [first, second] = order;
      return Boolean(
        first && second && first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }),
  ).toBe(true);
  // As small as Chrome's popup can be made: the send button is in view without scrolling.
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.locator('[data-action="report-page"]').click();
  await expect(popup.locator('fieldset[data-shot="attached"]')).toBeVisible({ timeout: 10_000 });
  const send = await popup.locator('[data-action="submit-report"]').boundingBox();
  expect(send && send.y >= 0 && send.y + send.height <= 600).toBe(true);
  expect(await popup.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  await expect(popup.locator('[data-field="report-title"]')).toContainText("Rolex");
  await popup.locator("#sh-note").fill("Đồng hồ giá rẻ bất thường");
  await popup.locator("#sh-category").selectOption("smuggled");
  await popup.locator('[data-action="submit-report"]').click();
  await expect(popup.locator('[data-field="receipt"]')).toContainText(/Số tiếp nhận: SH-\d{4}-\d{6}/);
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report).toMatchObject({
    category: "smuggled",
    note: "Đồng hồ giá rẻ bất thường",
    listing: { key, pageKind: "product", sellerId: "9100000001" },
    client: { entryPoint: "popup" },
  });
  expect(report?.evidence.pageUrl).toBe(page.url());
  const size = expectRealScreenshot(report);
  console.log(`screenshot from the popup: ${(size / 1024).toFixed(0)} KB JPEG`);
});

test("from the context menu on a calm listing's link: the form for that listing, with the screenshot taken as the menu closed", async ({
  context,
  intake,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const key = `shopee:${CALM_ITEM.shopId}:${CALM_ITEM.itemId}`;
  await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute("data-level", "none");
  // The right-click itself (the page sees `contextmenu`); then the item is chosen: Chrome dispatches
  // contextMenus.onClicked to the worker, which the test does on Chrome's own event object.
  await openMenuReport(page, serviceWorker, CALM_ITEM, "Dép bánh mì");
  await shotAttached(page);
  await typeInPanel(page, "#sh-note", "Nghi hàng nhái");
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report?.listing.key).toBe(key);
  expect(report?.client.entryPoint).toBe("context_menu");
  expectRealScreenshot(report);
  // The page stayed where it was, and the calm card's own host is still empty.
  expect(page.url()).toBe(DEMO_SEARCH_URL);
  expect(
    await page.locator(`soi-hang-badge[data-listing="${key}"]`).evaluate((el) => el.childNodes.length),
  ).toBe(0);

  // Right-clicking something that is not a listing says so instead of guessing.
  await page.keyboard.press("Escape");
  await page
    .locator("header, body")
    .first()
    .click({ button: "right", position: { x: 5, y: 5 } });
  const [tab] = await serviceWorker.evaluate((url) => chrome.tabs.query({ url }), `${DEMO_ORIGIN}/*`);
  await serviceWorker.evaluate(
    ([t, pageUrl]) =>
      chrome.contextMenus.onClicked.dispatch(
        {
          menuItemId: "soi-hang-report",
          editable: false,
          pageUrl,
          frameId: 0,
          srcUrl: "https://cf.shopee.vn/none.jpg",
        },
        t as object,
      ),
    [tab, page.url()] as const,
  );
  await expect
    .poll(() => panelText(page, '[data-field="not-found"]'), { timeout: 10_000 })
    .toContain("không nhận ra tin đăng");
});

test("a calm card offers a quiet report when a pointer or the keyboard reaches it, and nothing before", async ({
  context,
  intake,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const calm = page.locator('soi-hang-badge[data-level="none"]');
  await expect.poll(() => calm.count()).toBeGreaterThan(5);
  const first = await calm.nth(2).getAttribute("data-listing");
  const linkOf = (key: string) => {
    const [, shopId, itemId] = key.split(":");
    return page.locator(`a[href*="-i.${shopId}.${itemId}"]`).first();
  };
  if (!first) throw new Error("no calm listings on the demo page");
  // Nothing is drawn on a calm card until someone reaches it.
  expect(await badgeDrawn(page, first)).toBe(false);
  await expect(page.locator(`soi-hang-badge[data-listing="${first}"]`)).toBeHidden();

  // A pointer over the card: a quiet "Báo cáo", which opens the listing's panel and its report form.
  await linkOf(first).hover();
  await expect(page.locator(`soi-hang-badge[data-listing="${first}"]`)).toBeVisible();
  expect(await badgeText(page, first, "button.pill")).toContain("Báo cáo");
  expect(await badgeHtml(page, first, "button.pill--offer")).toBeDefined();
  await clickInBadge(page, first, "button.pill");
  await clickInPanel(page, '[data-action="report"]');
  await typeInPanel(page, "#sh-note", "Giá rẻ bất thường");
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report?.listing.key).toBe(first);
  expect(report?.client.entryPoint).toBe("badge");

  // The keyboard, on Tiki's search (the demo's card links, like Shopee's, are `display: contents` and take no
  // focus): Tab onto a card draws its offer, and the next Tab lands on it.
  const tiki = PLATFORM_PAGES.find((p) => p.name === "Tiki search (synthetic)");
  if (!tiki) throw new Error("no Tiki page");
  await routeSavedPage(context, tiki.url, resolve("tests/fixtures", tiki.file));
  await page.goto(tiki.url);
  const tikiCalm = page.locator('soi-hang-badge[data-level="none"]');
  await expect.poll(() => tikiCalm.count()).toBeGreaterThan(5);
  const key = (await tikiCalm.nth(3).getAttribute("data-listing")) ?? "";
  await page.locator(`${tiki.card}:has(soi-hang-badge[data-listing="${key}"])`).focus();
  await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toBeVisible();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-listing"))).toBe(key);
  await page.keyboard.press("Enter");
  await expect.poll(() => panelText(page, "body"), { timeout: 10_000 }).toContain("Chưa có cảnh báo");
});
