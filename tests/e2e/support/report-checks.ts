import { createHash } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { DEMO_SEARCH_URL } from "../../../demo/marketplace";
import type { Report } from "../../../utils/reports/schema";
import { badgeText, clickInBadge, typeInBadge } from "./shadow";

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

/** Opens the demo search, then the report form of a warned listing's badge. */
export async function openBadgeReport(page: Page, key: string): Promise<void> {
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator(`soi-hang-badge[data-listing="${key}"]`)).toHaveAttribute("data-level", "danger");
  await clickInBadge(page, key, "button.pill");
  await clickInBadge(page, key, '[data-action="report"]');
}

/** Reports REPORTED from its badge on the demo search with `note`, and waits until it is in the outbox. */
export async function reportFromBadge(page: Page, note: string, again = false): Promise<void> {
  await openBadgeReport(page, REPORTED);
  await typeInBadge(page, REPORTED, "#sh-note", note);
  await clickInBadge(page, REPORTED, '[data-action="submit-report"]');
  // The same listing reported before: the form asks first.
  if (again) await clickInBadge(page, REPORTED, '[data-action="confirm-duplicate"]');
  // Submitted means in the outbox: the form says so only once the background has stored it (then, once the
  // intake took it, that it was delivered).
  await expect
    .poll(() => badgeText(page, REPORTED, '[role="status"]'))
    .toMatch(/Đã lưu báo cáo|Đã gửi báo cáo tới nơi tiếp nhận/);
}
