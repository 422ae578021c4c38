import { resolve } from "node:path";
import { DEMO_SEARCH_URL, loadCatalog } from "../../demo/marketplace";
import { routeSavedPage } from "../../demo/routes";
import { expect, test } from "./support/fixtures";
import { panelText } from "./support/panel";
import { PLATFORM_PAGES } from "./support/platform-pages";
import { badgeDrawn, badgeText, clickInBadge } from "./support/shadow";
import { noteMessages } from "./support/worker";

const catalog = loadCatalog();
const key = (shopId: string, itemId: string) => `shopee:${shopId}:${itemId}`;

// What the bundled sample feed says about the demo catalogue (see public/feeds/sample-feed.json).
const EXPECTED_DANGER = [
  key("9100000001", "2300000011"), // seller on the list
  key("9100000001", "2300000012"),
  key("9100000001", "2300000013"), // same seller, hostile title
  key("9100000002", "2300000021"), // listing on the list
  key("9100000003", "2300000031"), // product warning: brand MamaGold + "900g", title in capitals
];
const EXPECTED_OFFICIAL = [key("288286284", "21449891249")]; // ShopDunk, Mall label, pledged platform

test("every demo listing gets exactly one badge host with the level the sample feed implies", async ({
  context,
  serviceWorker,
}) => {
  const received = await noteMessages(serviceWorker);
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const hosts = page.locator("soi-hang-badge");
  await expect(hosts).toHaveCount(catalog.length);

  const levels = await hosts.evaluateAll((els) =>
    els.map((e) => [e.getAttribute("data-listing"), e.getAttribute("data-level")] as const),
  );
  expect(new Set(levels.map(([k]) => k)).size).toBe(catalog.length);
  const byLevel = (level: string) =>
    levels
      .filter(([, l]) => l === level)
      .map(([k]) => k)
      .sort();
  expect(byLevel("danger")).toEqual([...EXPECTED_DANGER].sort());
  expect(byLevel("official")).toEqual(EXPECTED_OFFICIAL);
  // The expired warning on seller 9100000004 must not fire; everything else is calm.
  expect(byLevel("none")).toContain(key("9100000004", "2300000041"));
  expect(byLevel("none")).toHaveLength(catalog.length - EXPECTED_DANGER.length - EXPECTED_OFFICIAL.length);

  // Work is recorded on the page's timeline only where the page asked (npm run bench): a feed open for hours
  // would otherwise fill it.
  const recorded = await page.evaluate(
    () => performance.getEntriesByType("measure").filter((m) => m.name.startsWith("soi-hang:")).length,
  );
  expect(recorded).toBe(0);

  // The visible pill says what it is, in Vietnamese by default.
  expect(await badgeText(page, EXPECTED_DANGER[0] as string, "button.pill")).toContain("Cảnh báo");
  expect(await badgeText(page, EXPECTED_OFFICIAL[0] as string, "button.pill")).toContain(
    "Gian hàng chính thức",
  );
  // That text came with the verdicts: the page asked the background nothing but to match its listings.
  expect(new Set(await received())).toEqual(new Set(["match"]));
});

test("the product page of a warned seller shows the danger badge next to its title, with the seller filled in", async ({
  context,
}) => {
  const page = await context.newPage();
  const item = catalog.find((i) => i.itemId === "2300000011");
  if (!item) throw new Error("catalogue changed");
  await page.goto(DEMO_SEARCH_URL);
  const href = await page.locator(`a[href*="-i.${item.shopId}.${item.itemId}"]`).first().getAttribute("href");
  await page.goto(href ?? "");
  const host = page.locator(`h1 + soi-hang-badge[data-listing="${key(item.shopId, item.itemId)}"]`);
  await expect(host).toHaveAttribute("data-level", "danger");
  // Five related cards below also carry their own hosts; only the product's own is a banner.
  await expect(page.locator("soi-hang-badge")).toHaveCount(6);
  await expect(page.locator("soi-hang-badge[data-banner]")).toHaveCount(1);
  const banner = await badgeText(page, key(item.shopId, item.itemId), ".note");
  // The reason first, in one line: who warned, about what.
  expect(banner).toMatch(
    /^Cục Quản lý thị trường TP\. Hồ Chí Minh \(mẫu\) cảnh báo: Gian hàng "Kho Hàng Hiệu/,
  );
  expect(banner).toContain("Shopee đã ký cam kết không kinh doanh hàng giả ngày 15/03/2026");
});

test("a calm product page says so in its banner, with the platform's pledge, and the banner opens the panel", async ({
  context,
}) => {
  const page = await context.newPage();
  const item = catalog.find((i) => i.itemId === "2300000041");
  if (!item) throw new Error("catalogue changed");
  await page.goto(DEMO_SEARCH_URL);
  const href = await page.locator(`a[href*="-i.${item.shopId}.${item.itemId}"]`).first().getAttribute("href");
  await page.goto(href ?? "");
  const listingKey = key(item.shopId, item.itemId);
  const host = page.locator(`h1 + soi-hang-badge[data-listing="${listingKey}"][data-banner]`);
  await expect(host).toHaveAttribute("data-level", "none");
  // Visible, unlike a calm card's empty host.
  await expect(host).toBeVisible();
  const banner = await badgeText(page, listingKey, ".note");
  expect(banner).toContain("Chưa có cảnh báo nào về tin đăng này");
  expect(banner).toContain("Shopee đã ký cam kết");
  expect(await badgeText(page, listingKey, "button.pill")).toBe("Soi Hàng");
  await clickInBadge(page, listingKey, "button.pill");
  expect(await panelText(page, "h2")).toBe("Chưa có cảnh báo nào về tin đăng này");
});

test("the real Shopee SG search page: 60 hosts, keys from the card URLs, nothing flagged", async ({
  context,
}) => {
  const url = "https://shopee.sg/search?keyword=direct+from+japan+demon+slayer+figure&sortBy=sales";
  await routeSavedPage(
    context,
    url,
    resolve("tests/fixtures/real/shopee-sg_search_demon-slayer-figure_2025-09.html"),
  );
  const page = await context.newPage();
  await page.goto(url);
  const hosts = page.locator("soi-hang-badge");
  await expect(hosts).toHaveCount(60);
  await expect(page.locator('soi-hang-badge[data-listing="shopee:1253883447:42561285236"]')).toHaveCount(1);
  expect(await hosts.evaluateAll((els) => els.every((e) => e.getAttribute("data-level") === "none"))).toBe(
    true,
  );
});

test("the real Shopee login wall: no badge, no error", async ({ context }) => {
  const url = "https://shopee.ph/buyer/login?next=x";
  await routeSavedPage(
    context,
    url,
    resolve("tests/fixtures/real/shopee-ph_login-wall-page-unavailable_2026-05_NEGATIVE.html"),
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByText("Page Unavailable").first()).toBeAttached();
  // Give the content script time to have run over the whole page.
  await page.waitForTimeout(1500);
  await expect(page.locator("soi-hang-badge")).toHaveCount(0);
});

test("a badge keeps the page out: a click on it follows no link, and the page's own handlers see none of its events", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  const listingKey = EXPECTED_DANGER[0] as string;
  await expect(page.locator(`soi-hang-badge[data-listing="${listingKey}"]`)).toHaveAttribute(
    "data-level",
    "danger",
  );
  // The page listens as sites do, on the document, for what reaches it from the badge.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __fromBadge: string[] }).__fromBadge = seen;
    for (const type of ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup"])
      document.addEventListener(type, (e) => {
        if ((e.target as Element).tagName === "SOI-HANG-BADGE") seen.push(type);
      });
  });
  const before = page.url();
  await clickInBadge(page, listingKey, "button.pill");
  expect(await panelText(page, "h2")).toContain("cảnh báo");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __fromBadge: string[] }).__fromBadge)).toEqual([]);
});

test("pills are drawn for the cards near the viewport; a card further down gets its pill when the reader gets near it", async ({
  context,
}) => {
  // The real Lazada PH search page, saved without its style sheets: 40 cards one under another, a screen and
  // more below the top, LazMall (a pill) on all but three.
  const p = PLATFORM_PAGES.find((x) => x.name.startsWith("Lazada PH")) ?? PLATFORM_PAGES[0];
  if (!p) throw new Error("no Lazada page");
  await routeSavedPage(context, p.url, resolve("tests/fixtures", p.file));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(p.url);
  // Every card has its host with its level at once; the far ones wait, hidden, with nothing built.
  const official = page.locator('soi-hang-badge[data-level="official"]');
  await expect(official).toHaveCount(37);
  await expect(official.first()).toBeHidden();
  expect(await badgeDrawn(page, p.first)).toBe(false);

  await page.locator(p.card).first().scrollIntoViewIfNeeded();
  await expect(page.locator(`soi-hang-badge[data-listing="${p.first}"]`)).toBeVisible();
  expect(await badgeDrawn(page, p.first)).toBe(true);
  const last = official.last();
  const lastKey = (await last.getAttribute("data-listing")) ?? "";
  await expect(last).toBeHidden();
  expect(await badgeDrawn(page, lastKey)).toBe(false);
  const waiting = await official.evaluateAll((els) => els.filter((e) => e.hasAttribute("hidden")).length);
  expect(waiting).toBeGreaterThan(10);

  // The reader scrolls quickly down to it, and stops.
  const lastCard = page.locator(p.card, { has: page.locator(`soi-hang-badge[data-listing="${lastKey}"]`) });
  for (
    let i = 0;
    i < 40 && !(await lastCard.evaluate((el) => el.getBoundingClientRect().top < innerHeight));
    i++
  )
    await page.mouse.wheel(0, 400);
  await expect(last).toBeVisible();
  expect(await badgeText(page, lastKey, ".pill")).toContain("Gian hàng chính thức");
  // Cards passed in a quick scroll wait until the reader comes back to them; paused by, each gets its pill.
  // The reader goes back up to the top, a step at a time.
  for (let i = 0; i < 40 && (await page.evaluate(() => scrollY)) > 0; i++) {
    await page.mouse.wheel(0, -500);
    await page.waitForTimeout(200);
  }
  await expect(official.filter({ visible: true })).toHaveCount(37);
});
