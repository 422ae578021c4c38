import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { clickInPanel, panelFrame, panelHtml, panelOpen, panelText, typeInPanel } from "./support/panel";
import { openBadgeReport } from "./support/report-checks";
import { clickInBadge } from "./support/shadow";

const WARNED = "shopee:9100000001:2300000011";
const HOSTILE = "shopee:9100000001:2300000013";

test("a report made from a badge arrives at the intake with its evidence, exactly as previewed", async ({
  context,
  intake,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator(`soi-hang-badge[data-listing="${WARNED}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );

  await clickInBadge(page, WARNED, "button.pill");
  const details = await panelText(page, "body");
  expect(details).toContain("Có cảnh báo chính thức về tin đăng này");
  expect(details).toContain("Người bán có tên trong danh sách cảnh báo");
  expect(details).toContain("Cục Quản lý thị trường TP. Hồ Chí Minh (mẫu)");
  expect(details).toContain("0142/QĐ-XPHC (mẫu)");
  expect(details).toContain("14/09/2026");
  expect(details).toContain("Dữ liệu mẫu để minh hoạ");
  // What to do next, in two short lines: not buying, keeping evidence, reporting or calling the hotline.
  const next = (await panelText(page, '[data-field="next-steps"]')) ?? "";
  expect(next).toContain("Bạn không nên mua");
  expect(next).toContain("1900 888 655");
  expect(await panelHtml(page, 'a[href="https://example.com/soi-hang/mau/qd-0142"]')).toBeDefined();

  await clickInPanel(page, '[data-action="report"]');
  await typeInPanel(page, "#sh-note", "Giá quá rẻ so với hàng thật");
  await typeInPanel(page, "#sh-phone", "0901234567");
  const preview = JSON.parse((await panelText(page, "pre[data-preview]")) ?? "{}");
  expect(preview).toMatchObject({
    listing: { key: WARNED, sellerId: "9100000001", currency: "VND", price: 450000 },
    category: "counterfeit",
    note: "Giá quá rẻ so với hàng thật",
    contact: { phone: "0901234567" },
    evidence: { pageUrl: DEMO_SEARCH_URL },
  });
  // The form says where the report goes before anything is sent.
  expect(await panelText(page, "body")).toContain(`Gửi tới: ${intake.url}`);
  expect(intake.log).toHaveLength(0);

  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const received = await intake.report(preview.id);
  expect(received).toEqual(preview);
  expect(intake.log.filter((l) => l.id === preview.id).map((l) => l.status)).toEqual([201]);
  // The confirmation says it was delivered, with the intake's receipt number.
  await expect.poll(() => panelText(page, '[role="status"]')).toContain("Đã gửi báo cáo tới nơi tiếp nhận");
  expect(await panelText(page, '[data-field="receipt"]')).toMatch(/Số tiếp nhận: SH-\d{4}-\d{6}/);
  // The page did not navigate away through the card link behind the badge.
  expect(page.url()).toBe(DEMO_SEARCH_URL);
});

test("a title carrying markup is shown and reported as text, never run", async ({ context, intake }) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator(`soi-hang-badge[data-listing="${HOSTILE}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  await clickInBadge(page, HOSTILE, "button.pill");

  const title = await panelText(page, '[data-field="title"]');
  expect(title).toContain('<img src=x onerror="window.__soiHangXss=1">');
  expect(title).toContain("<script>window.__soiHangXss=2</script>");
  expect(await panelHtml(page, ".panel img")).toBeUndefined();
  expect(await panelHtml(page, ".panel script")).toBeUndefined();

  await clickInPanel(page, '[data-action="report"]');
  await expect.poll(() => panelHtml(page, 'fieldset[data-shot="missing"]')).toBeDefined();
  expect(await panelText(page, "pre[data-preview]")).toContain("<img src=x onerror=");
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  expect((await intake.reports())[0]?.listing.title).toContain('<img src=x onerror="window.__soiHangXss=1">');
  expect(await page.evaluate(() => (window as { __soiHangXss?: number }).__soiHangXss)).toBeUndefined();
});

test("the badge is keyboard reachable and the dialog closes with Escape", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator(`soi-hang-badge[data-listing="${WARNED}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  // Tab until the focus lands inside the warned listing's badge.
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(
      (key) =>
        document.activeElement?.tagName === "SOI-HANG-BADGE" &&
        document.activeElement.getAttribute("data-listing") === key,
      WARNED,
    );
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  // The panel's frame takes the focus: its first control.
  const frame = await panelFrame(page);
  await expect
    .poll(() => frame.evaluate(() => document.activeElement?.getAttribute("data-action")))
    .toBe("close");
  await page.keyboard.press("Escape");
  await expect.poll(() => panelOpen(page)).toBe(false);
  // Focus is back on the badge it was opened from.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-listing"))).toBe(WARNED);
  expect(page.url()).toBe(DEMO_SEARCH_URL);
});

test("the panel is an extension page, loaded only when a badge is first opened", async ({ context }) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator(`soi-hang-badge[data-listing="${WARNED}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  expect(panelOpen(page)).toBe(false);
  await clickInBadge(page, WARNED, "button.pill");
  const frame = await panelFrame(page);
  expect(new URL(frame.url()).protocol).toBe("chrome-extension:");
  // Calm listings carry an empty host: no shadow root was built for them.
  const calm = page.locator('soi-hang-badge[data-level="none"]').first();
  expect(await calm.evaluate((el) => el.childNodes.length)).toBe(0);
});

test("without the screenshot permission a badge's report says so, offers to ask for it, and is sent without one", async ({
  context,
  intake,
  extensionId,
}) => {
  const page = await context.newPage();
  await openBadgeReport(page, WARNED);
  await expect.poll(() => panelText(page, "fieldset.shot")).toContain("cần bạn cho phép một lần");
  // One button, saying what it allows; no "take again" before there is anything to take again.
  expect(await panelText(page, '[data-action="allow-screenshot"]')).toBe("Cho phép chụp màn hình");
  expect(await panelText(page, '[data-action="retake"]')).toBeUndefined();
  // "Allow…" opens the extension's own small page, where the browser's prompt can be given.
  const opened = context.waitForEvent("page");
  await clickInPanel(page, '[data-action="allow-screenshot"]');
  const permission = await opened;
  expect(permission.url()).toBe(`chrome-extension://${extensionId}/capture-permission.html`);
  await expect(permission.locator("h1")).toHaveText("Cho phép chụp màn hình khi báo cáo");
  await permission.close();

  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report?.evidence.screenshot).toBeUndefined();
  expect(report?.client.entryPoint).toBe("badge");
  console.log(
    `a report without a screenshot: ${(JSON.stringify(report).length / 1024).toFixed(1)} KB of JSON`,
  );
});
