import { createHash } from "node:crypto";
import { expect, type Page, type Worker } from "@playwright/test";
import { DEMO_ORIGIN, DEMO_SEARCH_URL } from "../../../demo/marketplace";
import type { Report } from "../../../utils/reports/schema";
import { clickInPanel, panelText, typeInPanel } from "./panel";
import { clickInBadge } from "./shadow";

/** A screenshot that arrived: a real JPEG whose bytes hash to the SHA-256 it carries. Returns its size. */
export function expectRealScreenshot(report: Report | undefined): number {
  const shot = report?.evidence.screenshot;
  expect(shot).toBeDefined();
  const bytes = Buffer.from(shot?.data ?? "", "base64");
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(shot?.sha256);
  expect(shot?.width).toBeGreaterThan(300);
  expect(shot?.height).toBeGreaterThan(200);
  return bytes.length;
}

/** Mean brightness (0–255) of a JPEG, decoded in a page. */
export function meanBrightness(page: Page, base64: string): Promise<number> {
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/jpeg;base64,${data}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const context = canvas.getContext("2d");
    context?.drawImage(img, 0, 0);
    const pixels = context?.getImageData(0, 0, img.width, img.height).data ?? new Uint8ClampedArray();
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += (pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0);
    return sum / (pixels.length / 4) / 3;
  }, base64);
}

/** The demo listing the fault tests report: a warned Rolex. */
export const REPORTED = "shopee:9100000001:2300000012";

/** Opens the demo search (at `url`, the search's own address by default), then a warned listing's report form. */
export async function openBadgeReport(page: Page, key: string, url = DEMO_SEARCH_URL): Promise<void> {
  await page.goto(url);
  await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute("data-level", "danger");
  await clickInBadge(page, key, "button.pill");
  await clickInPanel(page, '[data-action="report"]');
}

/** Reports REPORTED from its badge on the demo search with `note`, and waits until it is in the outbox. */
export async function reportFromBadge(page: Page, note: string, again = false): Promise<void> {
  await openBadgeReport(page, REPORTED);
  await typeInPanel(page, "#sh-note", note);
  await clickInPanel(page, '[data-action="submit-report"]');
  // The same listing reported before: the form asks first.
  if (again) await clickInPanel(page, '[data-action="confirm-duplicate"]');
  // Submitted means in the outbox: the form says so only once the background has stored it (then, once the
  // intake took it, that it was delivered).
  await expect
    .poll(() => panelText(page, '[role="status"]'))
    .toMatch(/Đã lưu báo cáo|Đã gửi báo cáo tới nơi tiếp nhận/);
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
};

/**
 * Right-clicks a listing's link on the demo search and chooses "report" (dispatched on Chrome's own
 * contextMenus.onClicked: automation cannot drive Chrome's menu), so that listings without a badge can be
 * reported; returns once the form for that listing is open.
 */
export async function openMenuReport(
  page: Page,
  worker: Worker,
  item: { shopId: string; itemId: string },
  expectTitle: string,
): Promise<void> {
  const link = page.locator(`a[href*="-i.${item.shopId}.${item.itemId}"]`).first();
  const linkUrl = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  await link.click({ button: "right" });
  const [tab] = await worker.evaluate((url) => chrome.tabs.query({ url }), `${DEMO_ORIGIN}/*`);
  await worker.evaluate(
    ([t, url, pageUrl]) =>
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: "soi-hang-report", editable: false, linkUrl: url, pageUrl, frameId: 0 },
        t as object,
      ),
    [tab, linkUrl, page.url()] as const,
  );
  await expect
    .poll(() => panelText(page, '[data-field="report-title"]'), { timeout: 10_000 })
    .toContain(expectTitle);
}
