// Hostile feeds (signed, even: a publisher's key is trusted, not its every byte) and a settings attacker trying
// what issue 27 names; each test failed on the code before the change for the reason it names.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { type FeedServer, startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { NATIONAL_HOTLINE, SAMPLE_FEED_KEYS } from "../../utils/config";
import { signFeedBytes } from "../../utils/feed/sign";
import { BUNDLED_SUBSCRIPTION } from "../../utils/feed/subscriptions";
import { ReportSchema } from "../../utils/reports/schema";
import { devKey, sampleFeed, sellerWarning } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import { clickInPanel, panelFrame, panelText, selectInPanel, typeInPanel } from "./support/panel";
import { openBadgeReport, REPORTED } from "./support/report-checks";
import { openExtensionPage, setSettings } from "./support/worker";

const NEWLY_WARNED = "shopee:9100000004:2300000041";

/** A publisher's feed: one warning, and a contact for a province the bundled sample does not name. */
function hostileFeed(serial: number, extra: Record<string, unknown> = {}) {
  return {
    ...sampleFeed,
    publisher: { id: "mot-nguon-khac", name: { vi: "Một nguồn khác (mẫu)" } },
    serial,
    warnings: [sellerWarning("h-1", "9100000004")],
    ...extra,
  };
}

function publish(server: FeedServer, feed: unknown): void {
  const bytes = Buffer.from(JSON.stringify(feed));
  server.set("/feed.json", bytes);
  server.set("/feed.json.sig", JSON.stringify(signFeedBytes(bytes, devKey)));
}

const hostileSubscription = (server: FeedServer, extra: Record<string, unknown> = {}) => ({
  id: "mot-nguon-khac",
  url: `${server.origin}/feed.json`,
  name: "Một nguồn khác",
  keys: SAMPLE_FEED_KEYS,
  enabled: true,
  ...extra,
});

async function levelOf(page: Page, key: string) {
  await page.goto(DEMO_SEARCH_URL);
  const host = page.locator(`soi-hang-badge[data-listing="${key}"]`);
  await expect(host).toHaveCount(1);
  return host.getAttribute("data-level");
}

test("a feed the person did not approve as a recipient cannot take their reports, and a feed's link that would run is refused", async ({
  context,
  intake,
  serviceWorker,
  extensionId,
}) => {
  const server = await startFeedServer();
  // Where the hostile feed wants reports to go: it counts whatever arrives, preflights included.
  const collector = await startFeedServer();
  try {
    const claim = { province: "Đà Nẵng", hotline: "0236 000 000", intake: `${collector.origin}/steal` };
    publish(server, hostileFeed(2, { contacts: [claim] }));
    await setSettings(serviceWorker, {
      intakeUrl: intake.url,
      subscriptions: [BUNDLED_SUBSCRIPTION, hostileSubscription(server)],
    });
    const options = await openExtensionPage(context, extensionId, "options.html");
    const sub = options.locator('li[data-subscription="mot-nguon-khac"]');
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2", { timeout: 20_000 });

    const page = await context.newPage();
    const report = async (note: string) => {
      await openBadgeReport(page, REPORTED);
      await selectInPanel(page, "#sh-province", "Đà Nẵng");
      await typeInPanel(page, "#sh-note", note);
      const destination = await panelText(page, '[data-field="destination"]');
      await clickInPanel(page, '[data-action="submit-report"]');
      const frame = await panelFrame(page);
      await frame
        .locator('[data-action="confirm-duplicate"]')
        .click({ timeout: 3_000 })
        .catch(() => undefined);
      await expect.poll(() => panelText(page, '[data-field="delivery"]')).toBeDefined();
      return destination;
    };

    // Not approved: the feed's hotline is offered, the report goes to the intake in settings.
    expect(await report("không duyệt")).toContain(intake.url);
    await expect.poll(() => intake.count()).toBe(1);
    expect(collector.requests).toEqual([]);
    await expect(sub.locator('[data-action="reports-to"]')).not.toBeChecked();

    // Approved in the subscription form: now, and only now, its intake for Đà Nẵng receives them.
    await sub.locator('[data-action="reports-to"]').check();
    await expect(sub.locator('[data-action="reports-to"]')).toBeChecked();
    expect(await report("đã duyệt")).toContain(`${collector.origin}/steal`);
    await expect.poll(() => collector.requests.length, { timeout: 20_000 }).toBeGreaterThan(0);

    // A later serial whose warning links to `javascript:` is refused whole, the last good list kept.
    const run = { authority: { vi: "Cơ quan" }, url: "javascript:alert(document.domain)" };
    publish(server, hostileFeed(3, { warnings: [{ ...sellerWarning("h-1", "9100000004"), source: run }] }));
    await options.locator('[data-action="update-now"]').click();
    await expect(sub.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "schema");
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2");
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");
  } finally {
    await server.close();
    await collector.close();
  }
});

test("with no intake set, the form says so plainly, offers the hotline and saves the evidence as a file", async ({
  context,
  intake,
  serviceWorker,
}) => {
  // The shipped defaults: no intake anywhere (the fixture sets one for every other test).
  await setSettings(serviceWorker, {});
  const page = await context.newPage();
  await openBadgeReport(page, REPORTED);
  await typeInPanel(page, "#sh-note", "Bán đồng hồ giả");
  const frame = await panelFrame(page);
  const block = frame.locator('[data-field="no-intake"]');
  await expect(block).toContainText("Chưa có nơi nhận phản ánh trực tuyến");
  await expect(block.locator('[data-field="no-intake-hotline"]')).toContainText(NATIONAL_HOTLINE);
  // A province chosen: its own hotline, from the feed.
  await selectInPanel(page, "#sh-province", "TP. Hồ Chí Minh");
  await expect(block.locator('[data-field="no-intake-hotline"]')).toContainText("028 3932 2491");
  await expect(frame.locator('[data-action="submit-report"]')).toBeDisabled();

  const download = page.waitForEvent("download");
  await frame.locator('[data-action="save-evidence"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^soi-hang-bang-chung-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const saved = ReportSchema.parse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  expect(saved.listing.key).toBe(REPORTED);
  expect(saved.note).toBe("Bán đồng hồ giả");
  expect(saved.province).toBe("TP. Hồ Chí Minh");
  expect(await intake.count()).toBe(0);
});

test("the options refuse an intake over plain http across a network, and keep an https one", async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, extensionId, "options.html");
  const field = options.locator("#intake-url");
  const stored = () =>
    options.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }
      ).chrome;
      return ((await api.storage.local.get("settings")) as { settings?: { intakeUrl?: string } }).settings
        ?.intakeUrl;
    });
  const before = await stored();
  await field.fill("http://qltt.example.vn/api/reports");
  await options.locator('[data-action="save"]').click();
  await expect(options.locator('[data-field="save-status"]')).toHaveClass(/error/);
  expect(await stored()).toBe(before);
  await field.fill("https://qltt.example.vn/api/reports");
  await options.locator('[data-action="save"]').click();
  await expect(options.locator('[data-field="save-status"]')).toHaveClass(/ok/);
  expect(await stored()).toBe("https://qltt.example.vn/api/reports");
});

test("a held copy stops applying once it expires or its key is no longer pinned, and a 304 never renews it", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const server = await startFeedServer();
  try {
    const soon = new Date(Date.now() + 12_000).toISOString();
    publish(server, hostileFeed(2, { expires: soon }));
    await setSettings(serviceWorker, { subscriptions: [hostileSubscription(server)] });
    const options = await openExtensionPage(context, extensionId, "options.html");
    const sub = options.locator('li[data-subscription="mot-nguon-khac"]');
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2", { timeout: 20_000 });
    const page = await context.newPage();
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");
    const syncedAt = () =>
      options.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
        ).chrome;
        const reply = (await api.runtime.sendMessage({ soiHang: 1, name: "getStatus", payload: {} })) as {
          ok: boolean;
          data: { feeds: { syncedAt?: number }[] };
        };
        return reply.data.feeds[0]?.syncedAt;
      });
    const firstSync = await syncedAt();

    // Past its expiry the copy no longer flags anything, and the status says why.
    await expect.poll(() => levelOf(page, NEWLY_WARNED), { timeout: 30_000 }).toBe("none");
    await expect(sub.locator('[data-field="feed-held"]')).toHaveAttribute("data-held", "expired");
    await expect(sub.locator('[data-field="feed-held"]')).toContainText("hết hạn");
    // The server still has the same (expired) bytes: no conditional request, so no 304 passes it as renewed.
    const asked = server.requests.length;
    await options.locator('[data-action="update-now"]').click();
    await expect(sub.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "expired");
    expect(server.requests.slice(asked).filter((r) => r.ifNoneMatch !== undefined)).toEqual([]);
    expect(await syncedAt()).toBe(firstSync);

    // A fresh copy applies again; then the person stops trusting the key that signs it.
    publish(server, hostileFeed(3));
    await options.locator('[data-action="update-now"]').click();
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 3");
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");
    const otherKey = { id: "khoa-khac", publicKey: Buffer.alloc(32, 7).toString("base64") };
    await setSettings(serviceWorker, { subscriptions: [hostileSubscription(server, { keys: [otherKey] })] });
    await expect(sub.locator('[data-field="feed-held"]')).toHaveAttribute("data-held", "key_removed", {
      timeout: 20_000,
    });
    await expect.poll(() => levelOf(page, NEWLY_WARNED)).toBe("none");
  } finally {
    await server.close();
  }
});

test("a feed body that never ends is cut off at the limit, quickly, and the list in force stays", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const good = await startFeedServer();
  publish(good, hostileFeed(2));
  let sent = 0;
  let closedAt: number | undefined;
  // Serves the good feed until told to stream: then an endless chunked body, no length declared.
  let endless = false;
  const server: Server = createServer((req, res) => {
    if (!endless) {
      // Proxy to the good server.
      void fetch(`${good.origin}${req.url}`).then(async (r) => {
        res.writeHead(r.status, {
          "content-type": r.headers.get("content-type") ?? "application/json",
          "access-control-allow-origin": "*",
        });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && sent < 1024 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
    };
    res.on("close", () => {
      closedAt = Date.now();
    });
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await setSettings(serviceWorker, {
      subscriptions: [{ ...hostileSubscription(good), url: `${origin}/feed.json` }],
    });
    const options = await openExtensionPage(context, extensionId, "options.html");
    const sub = options.locator('li[data-subscription="mot-nguon-khac"]');
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2", { timeout: 20_000 });

    endless = true;
    const started = Date.now();
    await options.locator('[data-action="update-now"]').click();
    await expect(sub.locator('[data-field="feed-error"]')).toHaveAttribute("data-error", "too_large", {
      timeout: 30_000,
    });
    await expect.poll(() => closedAt).toBeDefined();
    // The download stopped near the 50 MB limit (what was in flight aside), well before the minute's timeout.
    expect(sent).toBeLessThan(120 * 1024 * 1024);
    expect((closedAt ?? 0) - started).toBeLessThan(30_000);
    await expect(sub.locator('[data-field="feed"]')).toContainText("phiên bản 2");
    const page = await context.newPage();
    expect(await levelOf(page, NEWLY_WARNED)).toBe("danger");
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await good.close();
  }
});
