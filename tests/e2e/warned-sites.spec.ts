import type { Page, Worker } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { sampleFeed, subscribeToFeed } from "./support/feeds";
import { expectRealScreenshot } from "./support/report-checks";
import { expect, PRODUCT_NAME, test } from "./support/web-sites";
import { openExtensionPage, openPopupWindow } from "./support/worker";

// Warned web shops, on their own sites: every top-level navigation is checked in the browser against a signed
// feed's domain warnings. A high-severity one gets the warning page before any of the site loads (the test's
// web server sees no request for it); "back" returns, "continue" opens it for the session; a lower warning and
// an address that passes for a platform are said by the toolbar button and the popup.

declare const chrome: {
  declarativeNetRequest: { getDynamicRules(): Promise<{ condition: { requestDomains?: string[] } }[]> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

const domainWarning = (id: string, domain: string, severity: string, reason: string) => ({
  id,
  target: { kind: "domain", domain },
  severity,
  category: "counterfeit",
  reason: { vi: reason, en: `${reason} (en)` },
  source: {
    authority: { vi: "Chi cục Quản lý thị trường (mẫu)" },
    decision: "123/QĐ-QLTT (mẫu)",
    date: "2026-11-20",
    url: "https://dms.gov.vn/mau",
  },
});

const feed = {
  ...sampleFeed,
  serial: 11,
  warnings: [
    ...sampleFeed.warnings,
    domainWarning(
      "mau-site-1",
      "shop.example-fake.vn",
      "high",
      "Trang web bán túi xách giả nhãn hiệu (mẫu).",
    ),
    domainWarning("mau-site-2", "bánhmì-giả.vn", "high", "Trang web bán bánh giả mạo thương hiệu (mẫu)."),
    domainWarning(
      "mau-site-3",
      "risky-shop.vn",
      "medium",
      "Trang web đang bị xác minh vì bán hàng không rõ nguồn gốc (mẫu).",
    ),
  ],
};

const WARNING_PAGE = /^chrome-extension:\/\/[a-p]{32}\/site-warning\.html\?url=/;

/** Opens `address` as a person typing it would; a stopped navigation is not an error here. */
async function open(page: Page, address: string): Promise<void> {
  await page.goto(address).catch(() => undefined);
}

async function blockedDomains(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await chrome.declarativeNetRequest.getDynamicRules()).flatMap((r) => r.condition.requestDomains ?? []),
  );
}

async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/** A new tab, and its id (the extension cannot read tabs' addresses: it is told apart from the tabs before). */
async function newTab(worker: Worker, context: Page["context"] extends () => infer C ? C : never) {
  const before = await tabIds(worker);
  const page = await context.newPage();
  const id = (await tabIds(worker)).find((t) => !before.includes(t));
  if (id === undefined) throw new Error("no new tab");
  return { page, id };
}

test("a warned web shop is stopped before it loads, by link, by typing, on a subdomain and in punycode; back returns; other sites open", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
  feedServer,
  webSites,
}) => {
  await subscribeToFeed({ context, serviceWorker, extensionId }, feedServer, feed, intake.url);
  await expect.poll(() => blockedDomains(serviceWorker)).toContain("shop.example-fake.vn");
  expect(await blockedDomains(serviceWorker)).toContain("xn--bnhm-gi-hwa6h6537a.vn");
  expect(await blockedDomains(serviceWorker)).not.toContain("risky-shop.vn");
  const feedRequests = feedServer.requests.length;
  const intakeRequests = intake.log.length;

  const page = await context.newPage();
  await open(page, "http://honest-shop.vn/start");
  await expect(page.locator("#site")).toHaveText("honest-shop.vn/start");

  // From a link: the warning page, with the reason, the authority, the decision, the date and the source.
  await page.click("#to-warned");
  await expect(page).toHaveURL(WARNING_PAGE);
  const main = page.locator("main");
  await expect(main).toContainText("Trang web này bị cảnh báo");
  await expect(main).toContainText("Trang web bán túi xách giả nhãn hiệu (mẫu).");
  await expect(main).toContainText("Chi cục Quản lý thị trường (mẫu)");
  await expect(main).toContainText("123/QĐ-QLTT (mẫu)");
  await expect(main).toContainText("20/11/2026");
  await expect(main.getByRole("link", { name: /Xem văn bản|nguồn/i })).toHaveAttribute(
    "href",
    "https://dms.gov.vn/mau",
  );
  await expect(main).toContainText("http://shop.example-fake.vn/product");
  // "Back" is the first button and has the focus.
  await expect(page.locator('[data-action="back"]')).toBeFocused();
  expect(await seriousViolations(page), "warning page").toEqual([]);
  await page.screenshot({ path: "test-results/site-warning.png" });

  await page.click('[data-action="back"]');
  await expect(page).toHaveURL("http://honest-shop.vn/start");

  // Typed, on a subdomain, in punycode and in its letters.
  for (const address of [
    "http://shop.example-fake.vn/product",
    "http://www.shop.example-fake.vn/sale",
    "http://SHOP.Example-Fake.vn./product",
    "http://xn--bnhm-gi-hwa6h6537a.vn/",
    "http://bánhmì-giả.vn/banh",
  ]) {
    await open(page, address);
    await expect(page, address).toHaveURL(WARNING_PAGE);
    await expect(page.locator("main")).toContainText("Trang web này bị cảnh báo");
  }
  await expect(page.locator("main")).toContainText("bánhmì-giả.vn");

  // "Back" from a warning reached by typing returns past the stopped address too.
  await open(page, "http://honest-shop.vn/again");
  await open(page, "http://shop.example-fake.vn/product");
  await expect(page).toHaveURL(WARNING_PAGE);
  await page.click('[data-action="back"]');
  await expect(page).toHaveURL("http://honest-shop.vn/again");

  // A site no feed names opens as usual, as does one only named by a parent of a warned domain.
  await open(page, "http://unknown-shop.vn/");
  await expect(page.locator("#site")).toHaveText("unknown-shop.vn/");
  await open(page, "http://example-fake.vn/");
  await expect(page.locator("#site")).toHaveText("example-fake.vn/");

  // Not one request reached the warned shops; the check asked no server anything.
  expect(webSites.requestsFor("shop.example-fake.vn")).toEqual([]);
  expect(webSites.requestsFor("xn--bnhm-gi-hwa6h6537a.vn")).toEqual([]);
  expect(feedServer.requests.length).toBe(feedRequests);
  expect(intake.log.length).toBe(intakeRequests);
});

test("“continue” opens the warned site and does not ask again in this session; the settings forget it", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
  feedServer,
  webSites,
}) => {
  await subscribeToFeed({ context, serviceWorker, extensionId }, feedServer, feed, intake.url);
  await expect.poll(() => blockedDomains(serviceWorker)).toContain("shop.example-fake.vn");
  const page = await context.newPage();
  await open(page, "http://shop.example-fake.vn/product");
  await expect(page).toHaveURL(WARNING_PAGE);
  await page.click('[data-action="continue"]');
  await expect(page).toHaveURL("http://shop.example-fake.vn/product");
  await expect(page.locator("#site")).toHaveText("shop.example-fake.vn/product");
  expect(webSites.requestsFor("shop.example-fake.vn").length).toBeGreaterThan(0);

  // Not asked again: by link, typed, in another tab.
  await open(page, "http://honest-shop.vn/start");
  await page.click("#to-warned");
  await expect(page.locator("#site")).toHaveText("shop.example-fake.vn/product");
  const other = await context.newPage();
  await open(other, "http://shop.example-fake.vn/other");
  await expect(other.locator("#site")).toHaveText("shop.example-fake.vn/other");

  // The settings list it; forgotten, the warning page stands before it again.
  const options = await openExtensionPage(context, extensionId, "options.html");
  const listed = options.locator('[data-section="allowed-sites"] [data-site="shop.example-fake.vn"]');
  await expect(listed).toBeVisible();
  await listed.getByRole("button", { name: "Quên shop.example-fake.vn" }).click();
  await expect(options.locator('[data-section="allowed-sites"]')).toContainText("Không có trang nào.");
  await open(other, "http://shop.example-fake.vn/again");
  await expect(other).toHaveURL(WARNING_PAGE);
});

test("a lower warning and an address passing for a platform: the toolbar button and the popup say so; the platform does not", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
  feedServer,
}) => {
  await subscribeToFeed({ context, serviceWorker, extensionId }, feedServer, feed, intake.url);
  const badge = (tabId: number) =>
    serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  const risky = await newTab(serviceWorker, context);
  await open(risky.page, "http://risky-shop.vn/");
  // A medium warning does not stop the site.
  await expect(risky.page.locator("#site")).toHaveText("risky-shop.vn/");
  await expect.poll(() => badge(risky.id)).toBe("!");
  let popup = await openExtensionPage(context, extensionId, `popup.html?tab=${risky.id}`);
  const site = popup.locator('[data-field="site-verdict"]');
  await expect(site).toHaveAttribute("data-level", "caution");
  await expect(site).toContainText("Trang web này có cảnh báo");
  await expect(site).toContainText("đang bị xác minh vì bán hàng không rõ nguồn gốc");
  await expect(site).toContainText("Chi cục Quản lý thị trường (mẫu)");
  await popup.close();

  const lookalike = await newTab(serviceWorker, context);
  await open(lookalike.page, "http://shopee-sale.vn/flash-sale");
  await expect(lookalike.page.locator("#site")).toHaveText("shopee-sale.vn/flash-sale");
  await expect.poll(() => badge(lookalike.id)).toBe("!");
  const title = (tabId: number) =>
    serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  expect(await title(lookalike.id)).toBe("Lưu ý: shopee-sale.vn không phải địa chỉ của Shopee");
  popup = await openExtensionPage(context, extensionId, `popup.html?tab=${lookalike.id}`);
  await expect(popup.locator('[data-field="site-verdict"]')).toContainText(
    "Địa chỉ này không phải của Shopee",
  );
  await expect(popup.locator('[data-field="site-verdict"]')).toContainText("shopee.vn");
  // How to check a website: the feed's guide, with its official look-ups.
  await popup.locator('[data-field="site-verdict"] summary').click();
  await expect(popup.locator('[data-field="site-verdict"]')).toContainText("online.gov.vn");
  expect(await seriousViolations(popup), "popup with a caution on the site").toEqual([]);
  await popup.screenshot({ path: "test-results/site-lookalike-popup.png" });
  await popup.close();

  // The platform itself: no mark, no caution.
  const platform = await newTab(serviceWorker, context);
  await open(platform.page, "https://shopee.vn/");
  await expect.poll(() => badge(platform.id)).toBe("");
  popup = await openExtensionPage(context, extensionId, `popup.html?tab=${platform.id}`);
  await expect(popup.locator("h1")).toHaveText("Soi Hàng");
  await expect(popup.locator('[data-field="site-verdict"]')).toHaveCount(0);
  // Back on an ordinary site, the look-alike's tab loses its mark.
  await open(lookalike.page, "http://unknown-shop.vn/");
  await expect.poll(() => badge(lookalike.id)).toBe("");
  expect(await title(lookalike.id)).toBe("Soi Hàng");
});

test.describe("reporting a website", () => {
  test.use({ grantCapture: true });

  test("any website can be reported from the popup: its address, title and screenshot, routed like any report", async ({
    context,
    serviceWorker,
    extensionId,
    intake,
    feedServer,
  }) => {
    await subscribeToFeed({ context, serviceWorker, extensionId }, feedServer, feed, intake.url);
    const site = await newTab(serviceWorker, context);
    await open(site.page, "http://shopee-sale.vn/flash-sale?utm_source=zalo");
    await expect(site.page.locator("#site")).toContainText("shopee-sale.vn/flash-sale");
    // The popup as a window of its own, so that the site stays the visible tab of its window.
    const popup = await openPopupWindow(context, serviceWorker, site.id);
    await expect(popup.locator('[data-field="site-verdict"]')).toContainText("không phải của Shopee");
    await popup.locator('[data-action="report-site"]').click();
    await expect(popup.locator('fieldset[data-shot="attached"]')).toBeVisible({ timeout: 10_000 });
    await expect(popup.locator('[data-field="report-title"]')).toContainText("shopee-sale.vn/flash-sale");
    await popup.locator("#sh-note").fill("Trang giả Shopee, bán hàng hiệu giá 1/10");
    await popup.locator('[data-action="submit-report"]').click();
    await expect(popup.locator('[data-field="receipt"]')).toContainText(/Số tiếp nhận: SH-\d{4}-\d{6}/);
    await expect.poll(() => intake.count()).toBe(1);
    const [report] = await intake.reports();
    expect(report).toMatchObject({
      note: "Trang giả Shopee, bán hàng hiệu giá 1/10",
      listing: {
        platform: "web",
        key: "web:shopee-sale.vn/flash-sale",
        url: "http://shopee-sale.vn/flash-sale",
        pageKind: "shop",
      },
      client: { entryPoint: "popup" },
    });
    expect(report?.evidence.pageUrl).toBe("http://shopee-sale.vn/flash-sale");
    expectRealScreenshot(report);
  });
});

test("without the toolbar click, the popup neither reads a site's address nor offers to read it; nothing runs there", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const site = await newTab(serviceWorker, context);
  await open(site.page, "http://unknown-shop.vn/san-pham/tui-marmont");
  await expect(site.page.locator("h1")).toHaveText(PRODUCT_NAME);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${site.id}`);
  // Without the toolbar click's activeTab, the popup cannot read the tab's address: no switch is offered.
  await expect(popup.locator('[data-field="inspect-site"]')).toHaveCount(0);
  expect(await site.page.locator("soi-hang-badge").count()).toBe(0);
});

test.describe("“Soi trang này” with the site's permission given", () => {
  // Chrome's permission prompt is browser UI that automation cannot press: the build runs with the optional
  // host permission already given (captureGrantedCopy), so that the request resolves as a "yes" would.
  test.use({ grantCapture: true });

  test("reads an unknown shop's schema.org product page and shows the banner; withdrawn, it reads nothing", async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const site = await newTab(serviceWorker, context);
    await open(site.page, "http://unknown-shop.vn/san-pham/tui-marmont");
    await expect(site.page.locator("h1")).toHaveText(PRODUCT_NAME);
    // Nothing runs on a site no one asked for.
    expect(await site.page.locator("soi-hang-badge").count()).toBe(0);

    const popup = await openPopupWindow(context, serviceWorker, site.id);
    await expect(popup.locator('[data-field="inspect-site"]')).toHaveAttribute("data-inspected", "no");
    await popup.locator('[data-action="inspect-site"]').click();
    await expect(popup.locator('[data-field="inspect-site"]')).toHaveAttribute("data-inspected", "yes");

    // The open tab is read at once: the banner by the product's title, with the slang named.
    const banner = site.page.locator("soi-hang-badge[data-banner]");
    await expect(banner).toHaveAttribute("data-level", "caution");
    await expect(banner).toHaveAttribute("data-listing", "web:unknown-shop.vn/san-pham/tui-marmont");
    // And every later page of that site, without asking again.
    await open(site.page, "http://unknown-shop.vn/san-pham/tui-khac");
    await expect(site.page.locator("soi-hang-badge[data-banner]")).toHaveAttribute("data-level", "caution");
    // Another site stays unread.
    await open(site.page, "http://honest-shop.vn/san-pham/ao");
    await expect(site.page.locator("h1")).toHaveText(PRODUCT_NAME);
    await site.page.waitForTimeout(500);
    expect(await site.page.locator("soi-hang-badge").count()).toBe(0);

    // Withdrawn in the settings: the site is read no more.
    const options = await openExtensionPage(context, extensionId, "options.html");
    const listed = options.locator('[data-section="inspected-sites"] [data-site="unknown-shop.vn"]');
    await expect(listed).toBeVisible();
    await listed.getByRole("button", { name: "Thu hồi unknown-shop.vn" }).click();
    await expect(options.locator('[data-section="inspected-sites"]')).toContainText("Chưa có trang nào.");
    await open(site.page, "http://unknown-shop.vn/san-pham/tui-marmont");
    await expect(site.page.locator("h1")).toHaveText(PRODUCT_NAME);
    await site.page.waitForTimeout(500);
    expect(await site.page.locator("soi-hang-badge").count()).toBe(0);
  });
});

test("the attacker's side: a page cannot open or skip the warning page, nor forge “continue”; markup in a feed's reason stays text", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
  feedServer,
  webSites,
}) => {
  const hostile = {
    ...feed,
    serial: 13,
    warnings: [
      ...feed.warnings,
      domainWarning(
        "mau-site-4",
        "evil-shop.example-fake.vn",
        "high",
        '<img src=x onerror="window.pwned=1">Giả',
      ),
    ],
  };
  await subscribeToFeed({ context, serviceWorker, extensionId }, feedServer, hostile, intake.url);
  await expect.poll(() => blockedDomains(serviceWorker)).toContain("evil-shop.example-fake.vn");
  const warningPage = `chrome-extension://${extensionId}/site-warning.html?url=${encodeURIComponent("http://shop.example-fake.vn/product")}`;

  // A web page can neither frame the warning page nor send its tab there: it is no web-accessible resource.
  const page = await context.newPage();
  await open(page, "http://honest-shop.vn/start");
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    document.body.append(frame);
  }, warningPage);
  await page.waitForTimeout(500);
  for (const frame of page.frames().slice(1))
    expect(await frame.locator('[data-action="continue"]').count(), frame.url()).toBe(0);
  await page.evaluate((src) => {
    location.href = src;
  }, warningPage);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-action="continue"]')).toHaveCount(0);

  // Another extension page cannot let a site through: only the warning page's own button can.
  const options = await openExtensionPage(context, extensionId, "options.html");
  const forged = await options.evaluate(
    (url) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ soiHang: 1, name: "continueToSite", payload: { url } }),
    "http://shop.example-fake.vn/product",
  );
  expect(forged).toMatchObject({ ok: false, error: "from the warning page only" });
  await open(page, "http://shop.example-fake.vn/product");
  await expect(page).toHaveURL(WARNING_PAGE);

  // The warning page takes only a web address to go on to.
  const odd = await openExtensionPage(context, extensionId, "site-warning.html?url=javascript%3Aalert(1)");
  await expect(odd.locator('[data-action="back"]')).toBeVisible();
  await expect(odd.locator('[data-action="continue"]')).toHaveCount(0);
  await expect(odd.locator('[data-field="address"]')).toHaveCount(0);

  // A feed's reason is drawn as text: the markup shows, nothing runs, no image is made.
  await open(page, "http://evil-shop.example-fake.vn/");
  await expect(page).toHaveURL(WARNING_PAGE);
  await expect(page.locator("main")).toContainText('<img src=x onerror="window.pwned=1">Giả');
  expect(await page.locator("main img").count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(webSites.requestsFor("example-fake.vn").filter((r) => r.host !== "example-fake.vn")).toEqual([]);
});
