import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { setUpOffice, staffBrowser } from "./support/office";
import { clickInPanel, panelText, typeInPanel } from "./support/panel";
import { openMenuReport } from "./support/report-checks";
import { clickInBadge } from "./support/shadow";
import { openExtensionPage, setSettings } from "./support/worker";

test.use({ grantCapture: true });

/** A calm demo seller with three listings: none is flagged until an office warns about the seller. */
const SELLER = "34456910";
const LISTINGS = ["15791396126", "18648329978", "14793069188"].map((item) => `shopee:${SELLER}:${item}`);
const OTHER = { shopId: "394963411", itemId: "20664476926" };

test("the whole loop: a citizen reports, an officer turns it into a warning and publishes, every browser following the feed flags the seller, and the citizen reads “Đã xử lý”", async ({
  context,
  intake,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const office = await setUpOffice(intake);
  await office.account("lan", "publisher");
  await setSettings(serviceWorker, {
    intakeUrl: intake.url,
    subscriptions: [
      {
        id: "office",
        url: office.feedUrl,
        name: office.name,
        keys: [office.trusted],
        enabled: true,
        reportsTo: true,
      },
    ],
  });
  const options = await openExtensionPage(context, extensionId, "options.html");
  await expect(options.locator("body")).toContainText("phiên bản 1", { timeout: 20_000 });

  // 1. The citizen reports a calm listing from the context menu.
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  for (const key of LISTINGS)
    await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute("data-level", "none");
  await openMenuReport(page, serviceWorker, { shopId: SELLER, itemId: "15791396126" }, "Dép bánh mì");
  await typeInPanel(page, "#sh-note", "Dép nhái thương hiệu, giá rẻ bất thường");
  const sentAt = Date.now();
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect
    .poll(() => panelText(page, '[data-field="receipt"]'), { timeout: 20_000 })
    .toMatch(/SH-\d{4}-\d{6}/);
  const receipt = /SH-\d{4}-\d{6}/.exec((await panelText(page, '[data-field="receipt"]')) ?? "")?.[0];

  // 2. An officer signs in, finds it in the queue, accepts it as a warning about the seller, and publishes.
  const staff = await staffBrowser(intake.service.origin, "lan");
  const desk = staff.page;
  const staffFrom = Date.now();
  try {
    const row = desk.locator(`tr[data-group="seller:shopee:${SELLER}"]`);
    await expect(row).toContainText("Dép bánh mì");
    await row.locator('[data-field="title"]').click();
    await expect(desk.locator('[data-field="receipt"]')).toContainText(receipt ?? "?");
    await expect(desk.locator('[data-field="note"]')).toContainText("Dép nhái thương hiệu");
    await expect(desk.locator('[data-field="screenshot-hash"]')).toHaveAttribute("data-hash-ok", "true");
    await desk.locator('[data-action="accept"]').click();
    await expect(desk.locator("#w-kind")).toHaveValue("seller");
    await expect(desk.locator("#w-sellerId")).toHaveValue(SELLER);
    await desk.locator("#w-reasonVi").fill("Kinh doanh dép giả mạo nhãn hiệu");
    await desk.locator("#w-decision").fill("27/QĐ-XPHC");
    await desk.locator("#w-date").fill("2026-12-05");
    await desk.locator('[data-action="save-warning"]').click();
    await expect(desk.locator('[data-field="outcome"]')).toContainText("Đã lập cảnh báo");
    await desk.getByRole("link", { name: "Công bố" }).click();
    await expect(desk.locator('[data-field="pending"]')).toContainText("1 thay đổi");
    await desk.locator('[data-action="publish"]').click();
    await expect(desk.locator('[data-field="outcome"]')).toContainText(
      "Đã công bố số hiệu 2: 1 cảnh báo; 1 báo cáo",
    );
    const staffMs = Date.now() - staffFrom;

    // 3. The extension updates its feeds: the seller's listings are red, and the panel names who and on what.
    await options.bringToFront();
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator("body")).toContainText("phiên bản 2", { timeout: 20_000 });
    await page.bringToFront();
    await page.goto(DEMO_SEARCH_URL);
    for (const key of LISTINGS)
      await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute(
        "data-level",
        "danger",
      );
    const redAt = Date.now();
    await clickInBadge(page, LISTINGS[1] as string, "button.pill");
    const panel = (await panelText(page, "body")) ?? "";
    expect(panel).toContain("Kinh doanh dép giả mạo nhãn hiệu");
    expect(panel).toContain(office.name);
    expect(panel).toContain("27/QĐ-XPHC");
    expect(panel).toContain("05/12/2026");
    console.log(
      `whole loop: report sent → badge red in ${((redAt - sentAt) / 1000).toFixed(1)} s, of which the officer's ` +
        `steps in the workspace (driven by the test) ${(staffMs / 1000).toFixed(1)} s`,
    );

    // 4. The reporter's My reports says it was dealt with, and how.
    const reports = await openExtensionPage(context, extensionId, "reports.html");
    const mine = reports.locator("li[data-report]").first();
    await expect(mine.locator('[data-field="status"]')).toHaveText("Đã xử lý", { timeout: 20_000 });
    await expect(mine.locator('[data-field="remote-note"]')).toContainText("27/QĐ-XPHC");

    // A second report, of another seller, is declined: its reporter reads the reason.
    await page.bringToFront();
    await page.keyboard.press("Escape");
    await openMenuReport(page, serviceWorker, OTHER, "Tai nghe bluetooth");
    await clickInPanel(page, '[data-action="submit-report"]');
    await expect.poll(() => intake.count()).toBe(2);
    await desk.getByRole("link", { name: "Hàng chờ" }).click();
    await desk.locator(`tr[data-group="seller:shopee:${OTHER.shopId}"] [data-field="title"]`).click();
    await desk.locator('[data-action="decline"]').click();
    await desk.locator("#decline-reason").selectOption("not_counterfeit");
    await desk.locator("#decline-text").fill("Hàng có nguồn gốc rõ ràng");
    await desk.locator('[data-action="confirm-decline"]').click();
    await expect(desk.locator('[data-field="outcome"]')).toContainText("không xử lý 1 báo cáo");
    await reports.waitForTimeout(5500);
    await reports.reload();
    const declined = reports.locator('li[data-remote-state="declined"]');
    await expect(declined.locator('[data-field="status"]')).toHaveText("Không xử lý");
    await expect(declined.locator('[data-field="remote-note"]')).toContainText(
      "Sau khi xem xét, chưa có dấu hiệu hàng giả. Hàng có nguồn gốc rõ ràng",
    );

    // The seller's appeal succeeds: the warning is withdrawn, and after the next publish the badges are calm.
    await desk.getByRole("link", { name: "Cảnh báo" }).click();
    desk.once("dialog", (dialog) => void dialog.accept("Người bán khiếu nại thành công"));
    await desk.locator('tr[data-status="active"] [data-action="withdraw"]').click();
    await expect(desk.locator('tr[data-status="withdrawn"]')).toHaveCount(1);
    await desk.getByRole("link", { name: "Công bố" }).click();
    await desk.locator('[data-action="publish"]').click();
    await expect(desk.locator('[data-field="outcome"]')).toContainText("Đã công bố số hiệu 3: 0 cảnh báo");
    await options.bringToFront();
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator("body")).toContainText("phiên bản 3", { timeout: 20_000 });
    await page.bringToFront();
    await page.goto(DEMO_SEARCH_URL);
    for (const key of LISTINGS)
      await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute(
        "data-level",
        "none",
      );
  } finally {
    await staff.browser.close();
  }
});

test("the workspace draws hostile reports as text, and keeps another office's reports out of sight", async ({
  intake,
}) => {
  test.setTimeout(60_000);
  const office = await setUpOffice(intake);
  await office.account("lan", "reviewer");
  await intake.addOffice("danang", "Cục QLTT Đà Nẵng", "Đà Nẵng");
  await office.account("an", "reviewer", "danang");
  const { makeReport } = await import("../server/support/submissions");
  const hostileTitle =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Túi \u202Exách';
  const report = makeReport({
    note: `${"\u202E Ghi chú dài ".repeat(140)}<b>đậm</b>`,
    listing: {
      title: hostileTitle,
      url: "https://shopee.vn/T%C3%BAi-i.9100000001.2300000012?q=%22%3E%3Cscript%3E",
      sellerName: '"><svg onload=window.__pwned=4>',
    },
  });
  const post = (body: unknown, id: string) =>
    fetch(intake.url, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": id },
      body: JSON.stringify(body),
    });
  // An address that would run is refused at the border (the report schema takes http(s) only), nothing stored.
  const running = structuredClone(report);
  running.id = crypto.randomUUID();
  running.listing.url = "javascript:window.__pwned=3";
  expect((await post(running, running.id)).status).toBe(422);
  expect((await post(report, report.id)).status).toBe(201);

  const staff = await staffBrowser(intake.service.origin, "lan");
  try {
    const desk = staff.page;
    await expect(desk.locator("tr[data-group]")).toHaveCount(1);
    const row = desk.locator("tr[data-group]").first();
    await expect(row.locator('[data-field="title"]')).toHaveText(hostileTitle);
    await row.locator('[data-field="title"]').click();
    await expect(desk.locator('[data-field="listing-title"]')).toHaveText(hostileTitle);
    await expect(desk.locator('[data-field="note"]')).toContainText("<b>đậm</b>");
    await expect(desk.locator('[data-field="seller"]')).toContainText('"><svg onload=window.__pwned=4>');
    // Only the well-formed report arrived; its address is a plain https link.
    await expect(desk.locator('[data-field="listing-url"] a')).toHaveAttribute("href", report.listing.url);
    expect(await desk.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await desk.locator("main img[src='x'], main script, main svg, main b").count()).toBe(0);
    // The RTL override stays inside its own text: the receipt line after it reads left to right.
    const isolated = await desk
      .locator('[data-field="listing-title"] bdi')
      .evaluate((el) => getComputedStyle(el).unicodeBidi);
    expect(isolated).toBe("isolate");
    const url = desk.url();

    // A reviewer of another office opens the same address: refused, and none of the report on the page.
    const other = await staffBrowser(intake.service.origin, "an");
    try {
      await other.page.goto(url);
      await expect(other.page.locator('[role="alert"]')).toContainText("Bạn không có quyền xem");
      const text = (await other.page.locator("body").textContent()) ?? "";
      expect(text).not.toContain("Túi");
      expect(text).not.toContain("Ghi chú dài");
      await expect(other.page.locator("tr[data-group]")).toHaveCount(0);
    } finally {
      await other.browser.close();
    }
  } finally {
    await staff.browser.close();
  }
});
