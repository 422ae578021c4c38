import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { startFeedServer } from "../../demo/feed-server";
import { routeSavedPage } from "../../demo/routes";
import { sampleFeed, subscribeToFeed } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import type { TestIntake } from "./support/intake";
import { clickInPanel, panelText } from "./support/panel";
import { appendCardCopies, PLATFORM_PAGES, PRODUCT_PAGES, rerenderCard } from "./support/platform-pages";
import { badgeText, clickInBadge } from "./support/shadow";
import { startSweep } from "./support/sweep";
import { setSettings } from "./support/worker";

/** Every card holds exactly one badge host; returns how many cards there are. */
async function oneHostPerCard(page: Page, card: string): Promise<number> {
  return page.locator(card).evaluateAll((els) => {
    const bad = els.filter((e) => e.querySelectorAll("soi-hang-badge").length !== 1);
    if (bad.length > 0) throw new Error(`${bad.length} cards without exactly one badge`);
    return els.length;
  });
}

for (const p of PLATFORM_PAGES) {
  test(`${p.name}: one host per card with the card's key; 1,000 more cards scrolled in and re-rendered cards keep that; SPA navigation, forward and back, replaces them`, async ({
    context,
  }) => {
    await routeSavedPage(context, p.url, resolve("tests/fixtures", p.file));
    const page = await context.newPage();
    await page.goto(p.url);
    await expect(page.locator(`soi-hang-badge[data-listing="${p.first}"]`).first()).toBeAttached();
    await expect.poll(() => oneHostPerCard(page, p.card).catch(() => -1)).toBe(p.cards);

    await appendCardCopies(page, p.card, p.first, 1000, 50);
    await expect
      .poll(() => oneHostPerCard(page, p.card).catch(() => -1), { timeout: 20_000 })
      .toBe(p.cards + 1000);
    const prefix = p.first.split(":").slice(0, -1).join(":");
    const last = `${prefix}:8000000999`;
    await expect(page.locator(`soi-hang-badge[data-listing="${last}"]`)).toHaveCount(1);

    // The site re-renders a card: a new node, the same content again, then another product in it.
    for (const step of ["node", "content", "product"] as const) {
      await rerenderCard(page, p.card, last, step);
      await expect.poll(() => oneHostPerCard(page, p.card).catch(() => -1)).toBe(p.cards + 1000);
    }
    await expect(page.locator(`soi-hang-badge[data-listing="${prefix}:7000000777"]`)).toHaveCount(1);
    await expect(page.locator(`soi-hang-badge[data-listing="${last}"]`)).toHaveCount(0);

    // The site moves to another page without a load: history changes, the cards are replaced.
    const next = new URL(p.url);
    next.searchParams.set("page", "2");
    await page.evaluate(
      ({ card, url }) => {
        history.pushState({}, "", url);
        const all = [...document.querySelectorAll(card)];
        for (const el of all.slice(3)) el.remove();
      },
      { card: p.card, url: next.href },
    );
    await expect.poll(() => page.locator("soi-hang-badge").count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => oneHostPerCard(page, p.card).catch(() => -1)).toBe(3);
    // The new page's own cards arrive after the address changed, and are read too.
    await appendCardCopies(page, p.card, p.first, 2, 2);
    await expect.poll(() => oneHostPerCard(page, p.card).catch(() => -1)).toBe(5);
    await expect(page.locator(`soi-hang-badge[data-listing="${prefix}:8000000001"]`)).toHaveCount(1);

    // Back: the site shows the first page again, keeping two of the cards on screen. The page is read again
    // from scratch: even the hosts of the cards it kept are new ones.
    await page.evaluate(
      ({ card }) =>
        new Promise<void>((done) => {
          for (const host of document.querySelectorAll("soi-hang-badge"))
            (host as unknown as { fromPage2: boolean }).fromPage2 = true;
          addEventListener(
            "popstate",
            () => {
              for (const el of [...document.querySelectorAll(card)].slice(2)) el.remove();
              done();
            },
            { once: true },
          );
          history.back();
        }),
      { card: p.card },
    );
    expect(page.url()).toBe(p.url);
    const fromPage2 = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("soi-hang-badge")].filter(
            (host) => (host as unknown as { fromPage2?: boolean }).fromPage2,
          ).length,
      );
    await expect.poll(fromPage2, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => oneHostPerCard(page, p.card).catch(() => -1)).toBe(2);
  });
}

for (const p of PRODUCT_PAGES) {
  test(`${p.name} product page: the product's host is a banner with the verdict and the platform's pledge`, async ({
    context,
  }) => {
    await routeSavedPage(context, p.url, resolve("tests/fixtures", p.file));
    const page = await context.newPage();
    await page.goto(p.url);
    const host = page.locator(`soi-hang-badge[data-listing="${p.key}"]`);
    await expect(host).toHaveCount(1);
    await expect(host).toHaveAttribute("data-banner", "");
    await expect(host).toBeVisible();
    await expect(page.locator("soi-hang-badge[data-banner]")).toHaveCount(1);
    const banner = await badgeText(page, p.key, ".note");
    expect(banner).toContain(p.headline);
    expect(banner).toContain(p.pledge);
  });
}

test("Facebook group posts (synthetic): sale posts get a host, the question does not", async ({
  context,
}) => {
  const url = "https://www.facebook.com/groups/987654321/";
  await routeSavedPage(context, url, resolve("tests/fixtures/synthetic/facebook_group-posts_SYNTHETIC.html"));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator("soi-hang-badge")).toHaveCount(2);
  await expect(page.locator('[aria-posinset="3"] soi-hang-badge')).toHaveCount(0);
});

// A store page and a product page of one seller: a seller warning must reach the listings on both.
const SELLER_PAGES = [
  {
    platform: "tiki",
    sellerId: "tiki-trading",
    store: {
      url: "https://tiki.vn/cua-hang/tiki-trading",
      file: "synthetic/tiki-vn_shop_tiki-trading_SYNTHETIC.html",
    },
    cards: 31,
    product: PRODUCT_PAGES[1],
  },
  {
    platform: "sendo",
    sellerId: "recils",
    store: { url: "https://www.sendo.vn/shop/recils", file: "synthetic/sendo-vn_shop_recils_SYNTHETIC.html" },
    cards: 7,
    product: PRODUCT_PAGES[2],
  },
] as const;

test("a seller warning flags the seller's listings on its store page and on its product page (Tiki, Sendo)", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
}) => {
  const server = await startFeedServer();
  const feed = {
    ...sampleFeed,
    serial: 8,
    warnings: [
      ...sampleFeed.warnings,
      ...SELLER_PAGES.map((p) => ({
        id: `mau-seller-${p.platform}`,
        target: { kind: "seller", platform: p.platform, sellerId: p.sellerId },
        severity: "high",
        category: "counterfeit",
        reason: { vi: "Cảnh báo người bán (dữ liệu mẫu cho kiểm thử)." },
        source: { authority: { vi: "Cơ quan (mẫu)" } },
      })),
    ],
  };
  try {
    await subscribeToFeed({ context, serviceWorker, extensionId }, server, feed, intake.url);

    const page = await context.newPage();
    for (const p of SELLER_PAGES) {
      await routeSavedPage(context, p.store.url, resolve("tests/fixtures", p.store.file));
      await routeSavedPage(context, p.product.url, resolve("tests/fixtures", p.product.file));
      await page.goto(p.store.url);
      await expect(page.locator('soi-hang-badge[data-level="danger"]')).toHaveCount(p.cards);
      await expect(page.locator("soi-hang-badge")).toHaveCount(p.cards);
      await page.goto(p.product.url);
      const banner = page.locator(`soi-hang-badge[data-listing="${p.product.key}"]`);
      await expect(banner).toHaveAttribute("data-level", "danger");
      // The banner leads with the warning's reason and who gave it.
      expect(await badgeText(page, p.product.key, ".note")).toContain(
        "Cơ quan (mẫu) cảnh báo: Cảnh báo người bán (dữ liệu mẫu cho kiểm thử).",
      );
    }
  } finally {
    await server.close();
  }
});

test("Lazada PH search (real): an image the page loads late reaches the sweep's record and the listing a badge reports", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
}) => {
  const p = PLATFORM_PAGES.find((page) => page.name === "Lazada PH search (real)");
  if (!p) throw new Error("no Lazada PH page");
  // Card 8 of the saved page: a LazMall listing whose picture is still Lazada's base64 placeholder.
  const key = "lazada:2709816053";
  const picture = "https://img.lazcdn.com/g/p/late-loaded-2709816053.jpg_200x200q80.jpg";
  const panel = await sweeping({ context, serviceWorker, extensionId, intake });
  await routeSavedPage(context, p.url, resolve("tests/fixtures", p.file));
  const page = await context.newPage();
  // The saved page's own scripts and images are not served: its load event waits for them to fail.
  await page.goto(p.url, { waitUntil: "domcontentloaded" });
  const host = page.locator(`soi-hang-badge[data-listing="${key}"]`);
  await expect(host).toHaveAttribute("data-level", "official");
  const card = page.locator(p.card).filter({ has: host });
  const image = card.locator("img").first();
  expect(await image.getAttribute("src")).toMatch(/^data:/);

  // The page's own script puts the picture in when the card comes into view.
  await card.scrollIntoViewIfNeeded();
  await image.evaluate((img, src) => img.setAttribute("src", src), picture);
  // The card is read again a frame or two later: a badge opened before that reports the card as it was.
  await expect
    .poll(async () => {
      await clickInBadge(page, key, "button.pill");
      await clickInPanel(page, '[data-action="report"]');
      const preview = JSON.parse((await panelText(page, "pre[data-preview]")) ?? "{}");
      await page.keyboard.press("Escape");
      return preview.listing?.imageUrl;
    })
    .toBe(picture);
  await expect(page.locator("soi-hang-badge")).toHaveCount(p.cards);
  await expect.poll(() => sweptImage(panel, key)).toBe(picture);
});

/** Staff mode on, a sweep started from the side panel; the side panel's page, to read the sweep's records. */
async function sweeping({
  context,
  serviceWorker,
  extensionId,
  intake,
}: {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  intake: TestIntake;
}): Promise<Page> {
  await setSettings(serviceWorker, {
    intakeUrl: intake.url,
    staffIntakeUrl: intake.casesUrl,
    staffMode: true,
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await startSweep(panel, { name: "Ảnh tải sau", inspectorId: "QLTT-0001", unit: "Đội QLTT số 1" });
  return panel;
}

/**
 * The image of the sweep's record of listing `key`, read from the extension's database by one of its pages: null
 * when the sweep has no record of it, undefined when the record has no image.
 */
function sweptImage(extensionPage: Page, key: string): Promise<string | null | undefined> {
  return extensionPage.evaluate(
    (wanted) =>
      new Promise<string | null | undefined>((done, fail) => {
        const open = indexedDB.open("soi-hang");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("sweepItems").objectStore("sweepItems").getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            const item = (all.result as { key: string; listing: { imageUrl?: string } }[]).find(
              (i) => i.key === wanted,
            );
            open.result.close();
            done(item ? item.listing.imageUrl : null);
          };
        };
      }),
    key,
  );
}

// Pages whose cards are found from their product links: an image alone is no card, so the card read before that
// holds it is read again. Each page's first picture is served as a lazy loader's placeholder (a change made here
// to the synthetic page) and set as the page's own script would once the card is in view.
const LINK_CARD_PAGES = [
  "Sendo category (synthetic)",
  "TikTok Shop VN search (synthetic)",
  "Facebook Marketplace search (synthetic)",
];
const PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

test("an image a page sets late reaches the sweep's record on pages whose cards are found from links (Sendo, TikTok, Facebook)", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
}) => {
  const panel = await sweeping({ context, serviceWorker, extensionId, intake });
  for (const name of LINK_CARD_PAGES) {
    const p = PLATFORM_PAGES.find((page) => page.name === name);
    if (!p) throw new Error(`no page ${name}`);
    const html = readFileSync(resolve("tests/fixtures", p.file), "utf8");
    const first = /<img\b[^>]*?\ssrc="([^"]+)"/.exec(html);
    if (!first?.[1]) throw new Error(`${name}: no picture`);
    const picture = first[1].replaceAll("&amp;", "&");
    const body = html.replace(first[0], first[0].replace(first[1], PLACEHOLDER));
    await context.route(p.url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }),
    );
    const page = await context.newPage();
    await page.goto(p.url, { waitUntil: "domcontentloaded" });
    const host = page.locator(`soi-hang-badge[data-listing="${p.first}"]`);
    await expect(host, name).toHaveCount(1);
    const image = page.locator(p.card).filter({ has: host }).locator("img").first();
    expect(await image.getAttribute("src"), name).toBe(PLACEHOLDER);
    // Recorded first without a picture...
    await expect.poll(() => sweptImage(panel, p.first), { message: name }).toBeUndefined();
    // ...then with the one the page sets.
    await image.evaluate((img, src) => img.setAttribute("src", src), picture);
    await expect.poll(() => sweptImage(panel, p.first), { message: name }).toBe(picture);
    await expect(page.locator("soi-hang-badge"), name).toHaveCount(p.cards);
    await page.close();
    await context.unroute(p.url);
  }
});
