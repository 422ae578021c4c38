import { readFileSync } from "node:fs";
import { startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { signFeedBytes } from "../../utils/feed/sign";
import { expect, test } from "./support/fixtures";
import { openExtensionPage } from "./support/worker";

const devKey = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
const sample = JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8"));
const NEWLY_WARNED = "shopee:9100000004:2300000041";

function feedWithSerial(serial: number, extraWarnings: unknown[] = []) {
  return { ...sample, serial, warnings: [...sample.warnings, ...extraWarnings] };
}
const newWarning = {
  id: "mau-101",
  target: { kind: "seller", platform: "shopee", sellerId: "9100000004" },
  severity: "high",
  category: "smuggled",
  reason: { vi: "Cảnh báo mới trong bản cập nhật (dữ liệu mẫu)." },
  source: {
    authority: { vi: "Cục Quản lý thị trường tỉnh Lạng Sơn (mẫu)" },
    decision: "101/QĐ (mẫu)",
    date: "2026-11-20",
  },
};

test("a signed feed over HTTP takes effect; a tampered one and a rollback are refused and the last good list stays", async ({
  context,
  extensionId,
}) => {
  const server = await startFeedServer();
  const publish = (path: string, feed: unknown, tamper?: (bytes: Buffer) => Buffer) => {
    const bytes = Buffer.from(JSON.stringify(feed));
    const sig = JSON.stringify(signFeedBytes(bytes, devKey));
    server.set(path, tamper ? tamper(bytes) : bytes);
    server.set(`${path}.sig`, sig);
  };
  try {
    publish("/feed.json", feedWithSerial(2, [newWarning]));
    const page = await context.newPage();
    await page.goto(DEMO_SEARCH_URL);
    await expect(page.locator(`soi-hang-badge[data-listing="${NEWLY_WARNED}"]`)).toHaveAttribute(
      "data-level",
      "none",
    );

    const options = await openExtensionPage(context, extensionId, "options.html");
    await options.locator("#feed-url").fill(`${server.origin}/feed.json`);
    await options.locator('[data-action="save"]').click();
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator('[data-field="feed"]')).toContainText("phiên bản 2");
    expect(server.requests).toContain("/feed.json.sig");

    await page.reload();
    await expect(page.locator(`soi-hang-badge[data-listing="${NEWLY_WARNED}"]`)).toHaveAttribute(
      "data-level",
      "danger",
    );

    // Tampered: valid signature of other bytes. Refused with a specific reason; serial 2 stays in force.
    publish("/feed.json", feedWithSerial(3), (bytes) =>
      Buffer.from(bytes.toString().replace("9100000001", "9100000009")),
    );
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "bad_signature");
    await expect(options.locator('[data-field="feed"]')).toContainText("phiên bản 2");
    await page.reload();
    await expect(page.locator(`soi-hang-badge[data-listing="${NEWLY_WARNED}"]`)).toHaveAttribute(
      "data-level",
      "danger",
    );

    // Rollback: a genuine but older serial is refused too.
    publish("/feed.json", feedWithSerial(1));
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "rollback");
    await expect(options.locator('[data-field="feed"]')).toContainText("phiên bản 2");

    // Unsigned: no .sig at all.
    server.set("/feed.json.sig", undefined);
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator('[data-field="feed-error"]')).toHaveAttribute(
      "data-error",
      "missing_signature",
    );
  } finally {
    await server.close();
  }
});
