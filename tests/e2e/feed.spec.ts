import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { signFeedBytes } from "../../utils/feed/sign";
import { expect, test } from "./support/fixtures";
import { openExtensionPage } from "./support/worker";

const devKey = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
const sample = JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8"));
const NEWLY_WARNED = "shopee:9100000004:2300000041";
const SAMPLE_WARNED = "shopee:9100000001:2300000011";

/** A second publisher's feed: one warning the sample feed does not have. */
function otherFeed(serial: number) {
  return {
    ...sample,
    publisher: { id: "qltt-lang-son-mau", name: { vi: "Cục QLTT Lạng Sơn (mẫu)" } },
    serial,
    warnings: [
      {
        id: "mau-101",
        target: { kind: "seller", platform: "shopee", sellerId: "9100000004" },
        severity: "high",
        category: "smuggled",
        reason: { vi: "Cảnh báo của danh sách thứ hai (dữ liệu mẫu)." },
        source: {
          authority: { vi: "Cục QLTT tỉnh Lạng Sơn (mẫu)" },
          decision: "101/QĐ (mẫu)",
          date: "2026-11-20",
        },
      },
    ],
  };
}

async function levelOf(page: Page, key: string) {
  await page.reload();
  const host = page.locator(`soi-hang-badge[data-listing="${key}"]`);
  await expect(host).toHaveCount(1);
  return host.getAttribute("data-level");
}

test("several signed feeds over HTTP: merged, renewed with 304s, and every bad update refused with the last good list kept", async ({
  context,
  extensionId,
}) => {
  const server = await startFeedServer();
  const publish = (feed: unknown, tamper?: (bytes: Buffer) => Buffer, contentType?: string) => {
    const bytes = Buffer.isBuffer(feed) ? feed : Buffer.from(JSON.stringify(feed));
    server.set("/feed.json", tamper ? tamper(bytes) : bytes, contentType);
    server.set("/feed.json.sig", JSON.stringify(signFeedBytes(bytes, devKey)));
  };
  try {
    publish(otherFeed(2));
    const page = await context.newPage();
    await page.goto(DEMO_SEARCH_URL);
    expect(await levelOf(page, NEWLY_WARNED)).toBe("none");

    const options = await openExtensionPage(context, extensionId, "options.html");
    const sub = options.locator('li[data-subscription="qltt-lang-son-mau"]');
    // A wrong key is refused by the form itself.
    await options.locator("#feed-url").fill(`${server.origin}/feed.json`);
    await options.locator("#feed-name").fill("QLTT Lạng Sơn mẫu");
    await options.locator("#feed-key-id").fill("soi-hang-dev-2026");
    await options.locator("#feed-public-key").fill("not-a-key");
    await options.locator('[data-action="add-feed"]').click();
    await expect(options.locator('[data-field="feed-problem"]')).toBeVisible();
    await options.locator("#feed-public-key").fill(SAMPLE_FEED_KEYS[0]?.publicKey ?? "");
    await options.locator('[data-action="add-feed"]').click();
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2");

    // Both lists apply: the new warning, and the sample's as before.
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");
    expect(await levelOf(page, SAMPLE_WARNED)).toBe("danger");

    // Nothing changed on the server: a conditional request, answered 304, keeps serial 2 with no error.
    await options.locator('[data-action="update-now"]').click();
    await expect
      .poll(() => server.requests.filter((r) => r.path === "/feed.json" && r.status === 304).length)
      .toBeGreaterThan(0);
    await expect(sub.locator('[data-field="feed-error"]')).toHaveCount(0);

    const refusals: [string, () => void][] = [
      [
        "bad_signature",
        () => publish(otherFeed(3), (b) => Buffer.from(b.toString().replace("9100000004", "9100000009"))),
      ],
      ["rollback", () => publish(otherFeed(1))],
      ["content_type", () => publish(otherFeed(3), undefined, "text/html; charset=utf-8")],
      [
        "missing_signature",
        () => {
          publish(otherFeed(3));
          server.set("/feed.json.sig", undefined);
        },
      ],
      ["malformed_json", () => publish(Buffer.from("{ not json, but signed"))],
    ];
    for (const [error, serve] of refusals) {
      serve();
      await options.locator('[data-action="update-now"]').click();
      await expect(sub.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", error);
      await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2");
    }
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");

    // The server goes away: a network error, a retry time, and the list still in force.
    await server.close();
    await options.locator('[data-action="update-now"]').click();
    await expect(sub.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "network");
    await expect(sub.locator('[data-field="feed-error"]')).toContainText("Sẽ thử lại lúc");
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");

    // Switched off, its warnings stop applying; the sample list's stay.
    await sub.locator('[data-action="toggle"]').uncheck();
    await expect.poll(() => levelOf(page, NEWLY_WARNED)).toBe("none");
    expect(await levelOf(page, SAMPLE_WARNED)).toBe("danger");
  } finally {
    await server.close().catch(() => undefined);
  }
});
