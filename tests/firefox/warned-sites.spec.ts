import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "puppeteer-core";
import { startFeedServer } from "../../demo/feed-server";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { sampleFeed, signedPublisher } from "../e2e/support/feeds";
import { EXTENSION_ORIGIN, launchFirefox, openExtensionPage, poll } from "./support/firefox";
import { expect, setSettings, test } from "./support/fixtures";

// The Chromium suite's warned web shops (tests/e2e/warned-sites.spec.ts), in Firefox: the navigation check,
// the browser's own block, the warning page, back and continue.

const feed = {
  ...sampleFeed,
  serial: 12,
  warnings: [
    ...sampleFeed.warnings,
    {
      id: "mau-site-1",
      target: { kind: "domain", domain: "shop.example-fake.vn" },
      severity: "high",
      category: "counterfeit",
      reason: { vi: "Trang web bán túi xách giả nhãn hiệu (mẫu)." },
      source: { authority: { vi: "Chi cục Quản lý thị trường (mẫu)" }, decision: "123/QĐ-QLTT (mẫu)" },
    },
  ],
};

const addressOf = (page: Page) => page.evaluate(() => location.href).catch(() => "");

/** Starts opening `address` as typed; a stopped navigation never reports its end in Firefox, so it is not awaited. */
const startOpening = (page: Page, address: string) =>
  void page.goto(address, { timeout: 10_000 }).catch(() => undefined);

test("Firefox stops a warned web shop before it loads: the warning page, back, and continue for the session", async ({
  intake,
}) => {
  test.setTimeout(90_000);
  // Web shops over real HTTP on this machine: every host name resolves here (a Firefox pref).
  const hosts: string[] = [];
  const shops = createServer((req, res) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    hosts.push(host);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><meta charset="utf-8"><title>${host}</title><h1 id="site">${host}${req.url}</h1>`,
    );
  });
  await new Promise<void>((resolve) => shops.listen(0, "127.0.0.1", resolve));
  const port = (shops.address() as AddressInfo).port;
  const server = await startFeedServer();
  const firefox = await launchFirefox({ resolveToThisMachine: true });
  try {
    signedPublisher(server)("/feed.json", feed);
    await setSettings(firefox, {
      language: "vi",
      intakeUrl: intake.url,
      subscriptions: [
        { id: "d", url: `${server.origin}/feed.json`, name: "d", keys: [...SAMPLE_FEED_KEYS], enabled: true },
      ],
    });
    const options = await openExtensionPage(firefox, "options.html");
    await poll(
      () => options.$eval('li[data-subscription="d"] [data-field="feed"]', (s) => s.textContent ?? ""),
      (t) => t.includes("phiên bản 12"),
      "serial 12 in force",
    );
    const page = await firefox.newPage();
    await page.goto(`http://honest-shop.vn:${port}/start`);
    await poll(
      () => addressOf(page),
      (a) => a.startsWith(`http://honest-shop.vn:${port}/start`),
      "the start page",
    );

    // Typed: the warning page, with the reason and the authority; the shop saw nothing.
    startOpening(page, `http://shop.example-fake.vn:${port}/product`);
    await poll(
      () => addressOf(page),
      (a) => a.startsWith(`${EXTENSION_ORIGIN}/site-warning.html`),
      "the warning page",
    );
    const text = await poll(
      () => page.$eval("main", (m) => m.textContent ?? ""),
      (t) => t.includes("Chi cục Quản lý thị trường (mẫu)"),
      "the reasons",
    );
    expect(text).toContain("Trang web này bị cảnh báo");
    expect(text).toContain("Trang web bán túi xách giả nhãn hiệu (mẫu).");
    expect(hosts.filter((h) => h.endsWith("example-fake.vn"))).toEqual([]);

    // Back returns.
    await page.click('[data-action="back"]');
    await poll(
      () => addressOf(page),
      (a) => a.startsWith(`http://honest-shop.vn:${port}/start`),
      "back on the start page",
    );

    // Continue opens it, and a later visit is not stopped in this session.
    startOpening(page, `http://www.shop.example-fake.vn:${port}/product`);
    await poll(
      () => addressOf(page),
      (a) => a.startsWith(`${EXTENSION_ORIGIN}/site-warning.html`),
      "the warning page again",
    );
    await poll(
      () => page.$('[data-action="continue"]'),
      (b) => b !== null,
      "the continue button",
    );
    await page.click('[data-action="continue"]');
    await poll(
      () => addressOf(page),
      (a) => a === `http://www.shop.example-fake.vn:${port}/product`,
      "the shop",
    );
    startOpening(page, `http://shop.example-fake.vn:${port}/other`);
    await poll(
      () => addressOf(page),
      (a) => a === `http://shop.example-fake.vn:${port}/other`,
      "the shop, not stopped",
    );
    expect(hosts.filter((h) => h.endsWith("example-fake.vn")).length).toBeGreaterThan(0);
  } finally {
    await firefox.close();
    await server.close();
    await new Promise((resolve) => shops.close(resolve));
  }
});
