import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { badgeText } from "./support/shadow";
import { openExtensionPage, setSettings, tabIdOf } from "./support/worker";

test("the popup shows the platform, its pledge, the counts for the tab and the feed in force", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator("soi-hang-badge")).toHaveCount(31);
  const tabId = await tabIdOf(serviceWorker, "https://shopee.vn/*");

  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-field="platform"]')).toHaveText("Shopee");
  await expect(popup.locator('[data-field="pledge"]')).toContainText("Đã ký cam kết chống hàng giả");
  await expect(popup.locator('[data-count="checked"]')).toHaveText("31");
  await expect(popup.locator('[data-count="flagged"]')).toHaveText("5");
  await expect(popup.locator('[data-count="official"]')).toHaveText("1");
  await expect(popup.locator('[data-field="publisher"]')).toHaveText("Soi Hàng — danh sách mẫu");
  await expect(popup.locator('[data-field="feed"]')).toContainText("phiên bản 4");
  await expect(popup.locator('[data-field="synced"]')).toBeVisible();
  await expect(popup.locator('[data-count="waiting"]')).toHaveText("0");
  // No province remembered yet: the national market-surveillance hotline.
  await expect(popup.locator('[data-field="hotline"]')).toHaveText(
    "Đường dây nóng Quản lý thị trường (toàn quốc, 24/7): 1900 888 655",
  );
});

test("the popup on a page the extension does not read says so", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = await tabIdOf(serviceWorker, `chrome-extension://${extensionId}/options.html`);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.getByText("Soi Hàng chưa đọc tin đăng trên trang này.")).toBeVisible();
});

test("options: switching to English re-labels the open page's badges; a bad URL is refused with a message", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const warned = "shopee:9100000001:2300000011";
  await expect(page.locator(`soi-hang-badge[data-listing="${warned}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  expect(await badgeText(page, warned, "button.pill")).toContain("Cảnh báo");

  const options = await openExtensionPage(context, extensionId, "options.html");
  await options.locator("#intake-url").fill("ftp://not-allowed");
  await options.locator('[data-action="save"]').click();
  await expect(options.locator('[data-field="save-status"]')).toContainText("Địa chỉ không hợp lệ");

  await options.locator("#intake-url").fill("http://127.0.0.1:9/api/reports");
  await options.locator("#language").selectOption("en");
  await options.getByLabel("Chế độ cán bộ (quét thị trường trực tuyến)").check();
  await options.locator('[data-action="save"]').click();
  await expect(options.locator('[data-field="save-status"]')).toHaveText("Saved.");
  await expect(options.locator("h1")).toHaveText("Soi Hàng settings");

  await expect.poll(() => badgeText(page, warned, "button.pill").catch(() => "")).toContain("Warning");

  const panel = await openExtensionPage(context, extensionId, "sidepanel.html");
  // Staff mode on: the panel offers to start a sweep, in the language chosen.
  await expect(panel.locator('[data-action="start-sweep"]')).toHaveText("Start recording");
  await expect(panel.locator("html")).toHaveAttribute("lang", "en");
});

test("the side panel says what staff mode offers and that it is off by default", async ({
  context,
  extensionId,
}) => {
  const panel = await openExtensionPage(context, extensionId, "sidepanel.html");
  await expect(panel.locator('[data-field="staff-mode"]')).toContainText("Chế độ cán bộ đang tắt");
  await expect(panel.getByText("ghi lại mọi tin đăng bạn lướt qua")).toBeVisible();
});

test("settings for shoppers first: the language at the top, feeds, intakes and staff mode under Nâng cao, closed until used", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The shipped defaults (the fixture sets an intake for every other test).
  await setSettings(serviceWorker, {});
  const options = await openExtensionPage(context, extensionId, "options.html");
  await expect(options.locator("#language")).toBeVisible();
  const advanced = options.locator("details.advanced");
  await expect(advanced.locator("summary")).toHaveText("Nâng cao");
  expect(await advanced.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  await expect(options.locator("#intake-url")).toBeHidden();
  await advanced.locator("summary").click();
  await expect(options.locator("#intake-url")).toBeVisible();
  await expect(advanced).toContainText("Người mua hàng không cần đổi gì ở đây.");
  // The bundled list is named once, not once as the subscription and again as its publisher.
  await expect(options.locator('[data-subscription="sample"] [data-field="subscription-name"]')).toHaveText(
    "Soi Hàng — danh sách mẫu",
  );
  await expect
    .poll(() => options.locator('[data-subscription="sample"] [data-field="feed"]').count())
    .toBe(1);
  const mentions = (text: string) => text.split("Soi Hàng — danh sách mẫu").length - 1;
  expect(mentions((await advanced.textContent()) ?? "")).toBe(1);

  // In English, the whole page is English: no Vietnamese word is left but the name and the language's own.
  await options.locator("#language").selectOption("en");
  await options.locator('[data-action="save-language"]').click();
  await expect(options.locator("h1")).toHaveText("Soi Hàng settings");
  await expect(options.locator('[data-subscription="sample"] [data-field="subscription-name"]')).toHaveText(
    "Soi Hàng — sample list",
  );
  const text = ((await options.locator("body").textContent()) ?? "")
    .replaceAll("Soi Hàng", "")
    .replace("Tiếng Việt", "");
  const vietnamese = text.match(
    /\S*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýãõĩũ]\S*/giu,
  );
  expect(vietnamese ?? []).toEqual([]);
});
