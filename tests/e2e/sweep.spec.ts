import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { captureGrantedCopy, launchWithExtension } from "../../demo/chromium";
import { DEMO_SEARCH_URL, loadCatalog } from "../../demo/marketplace";
import { routeDemoMarketplace, routeSavedPage } from "../../demo/routes";
import { PLATFORM_LABELS } from "../../utils/sites/listing";
import { SWEEP_COLUMNS } from "../../utils/sweep/columns";
import type { SweepItem } from "../../utils/sweep/schema";
import { startTestIntake } from "./support/intake";
import { appendCardCopies, PLATFORM_PAGES } from "./support/platform-pages";
import { startSweep } from "./support/sweep";
import { setSettings } from "./support/worker";

// Three platforms besides the demo marketplace (Shopee): their pages grow by infinite scroll as a sweep reads them.
const SWEPT = [
  { name: "Tiki search (synthetic)", more: 150 },
  { name: "Sendo category (synthetic)", more: 150 },
  { name: "Lazada VN store (synthetic)", more: 100 },
].map(({ name, more }) => {
  const page = PLATFORM_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`no platform page ${name}`);
  return { ...page, more };
});

/** Every badge host on a page: listing key → level, once the page has a host per card. */
async function levelsOnPage(page: Page, expected: number): Promise<Map<string, string>> {
  const hosts = page.locator("soi-hang-badge[data-listing][data-level]");
  await expect.poll(() => hosts.count(), { timeout: 20_000 }).toBe(expected);
  const pairs = await hosts.evaluateAll((els) =>
    els.map((e) => [e.getAttribute("data-listing") ?? "", e.getAttribute("data-level") ?? ""] as const),
  );
  return new Map(pairs);
}

async function launch(profile: string, extensionPath: string) {
  const context = await launchWithExtension({
    headless: true,
    offline: true,
    userDataDir: profile,
    extensionPath,
  });
  await routeDemoMarketplace(context);
  for (const p of SWEPT) await routeSavedPage(context, p.url, resolve("tests/fixtures", p.file));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

async function shownCount(panel: Page): Promise<number> {
  return Number(await panel.locator('[data-field="shown"]').getAttribute("data-count"));
}

/** Filters down to one listing by its item id (typed in the search box) and ticks it. */
async function selectByKey(panel: Page, key: string) {
  const search = panel.locator('input[name="text"]');
  await search.fill(key.split(":").at(-1) ?? key);
  await expect(panel.locator(`.sweep-row[data-key="${key}"]`)).toHaveCount(1);
  await panel.locator(`.sweep-row[data-key="${key}"] input[type="checkbox"]`).check();
  await search.fill("");
}

/** A CSV cell by its column header. */
const cell = (row: Record<string, string>, header: string): string => row[header] ?? "";

async function download(panel: Page, action: string): Promise<string> {
  const [file] = await Promise.all([
    panel.waitForEvent("download"),
    panel.locator(`[data-action="${action}"]`).click(),
  ]);
  return readFileSync(await file.path(), "utf8");
}

test("a sweep across four platforms records each listing once; filters, grouping, marks, a case of 20 with evidence, CSV export and a restart all hold", async () => {
  test.setTimeout(240_000);
  const intake = await startTestIntake();
  const profile = mkdtempSync(join(tmpdir(), "soi-hang-sweep-"));
  const extensionPath = captureGrantedCopy();
  let { context, worker, extensionId } = await launch(profile, extensionPath);
  try {
    await setSettings(worker, { intakeUrl: intake.url, staffIntakeUrl: intake.casesUrl, staffMode: true });
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    // The start form says what recording means and which fields are required.
    await expect(panel.locator('[data-field="records-all"]')).toContainText("mọi thẻ (tab)");
    await expect(panel.locator("#sweep-name")).toHaveAttribute("aria-required", "true");
    await expect(panel.locator("#sweep-purpose")).not.toHaveAttribute("aria-required", "true");
    await startSweep(panel, {
      name: "Quét túi xách và đồng hồ — tháng 11",
      inspectorId: "QLTT-HN-0421",
      unit: "Đội QLTT số 3, Hà Nội",
    });
    await expect(panel.locator('[data-field="sweep-count"]')).toHaveAttribute("data-active", "true");
    // Deleting a sweep is apart from pausing it, behind a menu, and styled as destructive.
    await expect(panel.locator('[data-action="delete-sweep"]')).toBeHidden();
    await expect(panel.locator('details.more-actions [data-action="delete-sweep"]')).toHaveClass(/danger/);

    // Browse: the demo marketplace twice (read again, recorded once), then three platforms with infinite scroll.
    const levels = new Map<string, string>();
    const shop = await context.newPage();
    await shop.goto(DEMO_SEARCH_URL);
    const demoCount = 31;
    for (const [k, v] of await levelsOnPage(shop, demoCount)) levels.set(k, v);
    await shop.reload();
    await levelsOnPage(shop, demoCount);
    for (const p of SWEPT) {
      await shop.goto(p.url);
      await levelsOnPage(shop, p.cards);
      await appendCardCopies(shop, p.card, p.first, p.more, 50, 100);
      for (const [k, v] of await levelsOnPage(shop, p.cards + p.more)) levels.set(k, v);
    }
    const total = levels.size;
    expect(total).toBeGreaterThanOrEqual(500);
    await panel.bringToFront();
    await expect
      .poll(() => panel.locator('[data-field="sweep-count"]').getAttribute("data-count"), { timeout: 20_000 })
      .toBe(String(total));
    await expect.poll(() => shownCount(panel)).toBe(total);
    // The toolbar badge counts too.
    const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe(total < 1000 ? String(total) : `${Math.floor(total / 100) / 10}k`);

    // Hostile titles are text in the table, never markup.
    expect(await panel.evaluate(() => (window as { __soiHangXss?: number }).__soiHangXss)).toBeUndefined();
    expect(await panel.locator(".sweep-row img").count()).toBe(0);

    // Filters against what the pages' own badges said (the extra filters are folded away at first).
    await panel.locator("details.more-filters > summary").click();
    const count = (pred: (key: string, level: string) => boolean) =>
      [...levels].filter(([k, l]) => pred(k, l)).length;
    await panel.locator('input[name="level"][value="danger"]').check();
    await expect.poll(() => shownCount(panel)).toBe(count((_, l) => l === "danger"));
    await panel.locator('input[name="level"][value="caution"]').check();
    await expect.poll(() => shownCount(panel)).toBe(count((_, l) => l === "danger" || l === "caution"));
    await panel.locator('[data-action="clear-filters"]').click();
    for (const platform of ["shopee", "tiki", "sendo", "lazada"]) {
      await panel.locator('select[name="platform"]').selectOption(platform);
      await expect.poll(() => shownCount(panel)).toBe(count((k) => k.startsWith(`${platform}:`)));
    }
    await panel.locator('[data-action="clear-filters"]').click();
    // Typed without diacritics, every word anywhere: "dong ho" finds "Đồng hồ…" and "Áo hoodie … mùa đông"
    // (demo listings only).
    const plain = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase()
        .replace(/\s+/g, " ");
    const watches = loadCatalog().filter((i) =>
      ["dong", "ho"].every((w) => plain(i.title).includes(w)),
    ).length;
    expect(watches).toBe(2);
    await panel.locator('input[name="text"]').fill("dong ho");
    await expect.poll(() => shownCount(panel)).toBe(watches);
    await panel.locator('input[name="text"]').fill("");
    await panel.locator('input[name="priceMin"]').fill("1.000.000");
    await panel.locator('input[name="priceMax"]').fill("5000000");
    const inRange = Number(await panel.locator('[data-field="shown"]').getAttribute("data-count"));
    expect(inRange).toBeGreaterThan(0);
    expect(inRange).toBeLessThan(total);
    await panel.locator('[data-action="clear-filters"]').click();

    // Grouped by seller: the seller with most flagged listings first, as the badges on the demo page say.
    const flaggedByShop = new Map<string, number>();
    for (const [k, l] of levels)
      if (k.startsWith("shopee:") && (l === "danger" || l === "caution")) {
        const shopKey = k.split(":").slice(0, 2).join(":");
        flaggedByShop.set(shopKey, (flaggedByShop.get(shopKey) ?? 0) + 1);
      }
    const [topShop, topFlagged] = [...flaggedByShop].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    await panel.locator('[data-tab="sellers"]').click();
    const firstGroup = panel.locator(".seller-row").first();
    await expect(firstGroup).toHaveAttribute("data-seller", topShop);
    await expect(firstGroup.locator('[data-field="flagged"]')).toContainText(String(topFlagged));
    await firstGroup.locator('[data-action="show-seller"]').click();
    await expect.poll(() => shownCount(panel)).toBe(count((k) => k.startsWith(`${topShop}:`)));
    await panel.locator('[data-action="clear-seller"]').click();

    // Triage: three listings marked suspicious with a note.
    const demoKeys = [...levels.keys()].filter((k) => k.startsWith("shopee:"));
    const flaggedDemo = demoKeys.filter((k) => levels.get(k) === "danger" || levels.get(k) === "caution");
    for (const key of flaggedDemo.slice(0, 3)) await selectByKey(panel, key);
    await panel.locator('input[name="markNote"]').fill("Giá thấp bất thường, cần xác minh");
    await panel.locator('[data-action="apply-mark"]').click();
    await expect(panel.locator('[data-field="selection-status"]')).toContainText("3");
    await panel.locator('select[name="mark"]').selectOption("suspicious");
    await expect.poll(() => shownCount(panel)).toBe(3);
    await panel.locator('[data-action="clear-filters"]').click();
    await panel.locator('[data-action="clear-selection"]').click();

    // A case of 20 demo listings, each opened and captured with its address and time, sent to the staff intake.
    const caseKeys = [...flaggedDemo, ...demoKeys.filter((k) => !flaggedDemo.includes(k))].slice(0, 20);
    for (const key of caseKeys) await selectByKey(panel, key);
    await expect(panel.locator('[data-field="selected"]')).toContainText("20");
    await panel.locator('[data-action="gather-evidence"]').click();
    const progress = panel.locator('[data-field="evidence-progress"]');
    await expect(progress).toHaveAttribute("data-done", "20", { timeout: 120_000 });
    await expect(progress).toHaveAttribute("data-failed", "0");
    await panel.bringToFront();
    await panel.locator("details.case-details > summary").click();
    await panel.locator("#case-title").fill("Hồ sơ: túi xách, đồng hồ giả thương hiệu");
    await panel.locator("#case-note").fill("Đề nghị kiểm tra 20 tin đăng");
    await panel.locator('[data-action="submit-case"]').click();
    await expect(panel.locator('[data-field="selection-status"]')).toContainText(intake.casesUrl);
    await expect.poll(() => intake.count("case"), { timeout: 30_000 }).toBe(1);
    const [sent] = await intake.cases();
    expect(sent?.items.map((i) => i.listing.key).sort()).toEqual([...caseKeys].sort());
    expect(sent?.sweep.inspectorId).toBe("QLTT-HN-0421");
    for (const item of sent?.items ?? []) {
      const shot = item.evidence?.screenshot;
      const bytes = Buffer.from(shot?.data ?? "", "base64");
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(shot?.sha256);
      // The margin with the address and time is below the 1280×900 view.
      expect(shot?.width).toBe(1280);
      expect(shot?.height).toBeGreaterThan(900);
      expect(
        createHash("sha256")
          .update(item.evidence?.listingJson ?? "")
          .digest("hex"),
      ).toBe(item.evidence?.listingSha256);
      expect(JSON.parse(item.evidence?.listingJson ?? "{}").key).toBe(item.listing.key);
    }
    expect(intake.log.filter((e) => e.path === "/api/cases").map((e) => e.status)).toEqual([201]);
    const shots = (sent?.items ?? []).map(
      (i) => Buffer.from(i.evidence?.screenshot.data ?? "", "base64").length,
    );
    console.log(
      `a case of 20 with evidence: ${(JSON.stringify(sent).length / 1e6).toFixed(2)} MB of JSON; screenshots ${Math.min(...shots) >> 10}–${Math.max(...shots) >> 10} KB`,
    );
    await panel.locator('[data-tab="cases"]').click();
    await expect(panel.locator(`[data-case="${sent?.id}"]`)).toHaveAttribute("data-status", "sent");
    // The case exports with the sweep's columns: its 20 listings, each with the hashes of its evidence.
    const caseCsv = Papa.parse<Record<string, string>>((await download(panel, "export-case-csv")).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(caseCsv.data.map((r) => cell(r, "Mã tin đăng")).sort()).toEqual([...caseKeys].sort());
    expect(caseCsv.data.every((r) => /^[0-9a-f]{64}$/.test(cell(r, "SHA-256 ảnh chụp")))).toBe(true);
    await panel.locator('[data-tab="table"]').click();

    // CSV export parses back to the same data as the JSON export, Vietnamese intact.
    const csv = await download(panel, "export-csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const json = JSON.parse(await download(panel, "export-json")) as { items: SweepItem[] };
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(SWEEP_COLUMNS.map((c) => c.header));
    expect(parsed.data).toHaveLength(total);
    const byKey = new Map(json.items.map((i) => [i.key, i]));
    for (const row of parsed.data) {
      const item = byKey.get(cell(row, "Mã tin đăng"));
      expect(item).toBeDefined();
      // Text a spreadsheet could run as a formula carries a leading apostrophe; nothing else is changed.
      const title = cell(row, "Tiêu đề");
      expect(/^[=+\-@]/.test(item?.listing.title ?? "") ? title.slice(1) : title).toBe(item?.listing.title);
      expect(cell(row, "Giá")).toBe(item?.listing.price === undefined ? "" : String(item.listing.price));
      expect(cell(row, "Nền tảng")).toBe(item && PLATFORM_LABELS[item.listing.platform]);
    }
    expect(parsed.data.some((r) => cell(r, "Tiêu đề")?.includes("Đồng hồ nam Rolex"))).toBe(true);
    expect(parsed.data.filter((r) => cell(r, "Đánh dấu") === "Nghi vấn")).toHaveLength(3);
    expect(parsed.data.filter((r) => cell(r, "SHA-256 ảnh chụp"))).toHaveLength(20);

    // The printable summary: counts per platform and level, the sellers with most flagged listings, a chart.
    const [summary] = await Promise.all([
      context.waitForEvent("page"),
      panel.locator('[data-action="summary"]').click(),
    ]);
    await expect(summary.locator("main.summary-page")).toHaveAttribute("data-total", String(total));
    for (const platform of ["shopee", "tiki", "sendo", "lazada"]) {
      const row = summary.locator(`[data-table="platforms"] tr[data-platform="${platform}"]`);
      await expect(row.locator('[data-field="total"]')).toHaveText(
        String(count((k) => k.startsWith(`${platform}:`))),
      );
      await expect(row.locator('[data-level="danger"]')).toHaveText(
        String(count((k, l) => k.startsWith(`${platform}:`) && l === "danger")),
      );
    }
    await expect(summary.locator('[data-table="sellers"] tbody tr').first()).toHaveAttribute(
      "data-seller",
      topShop,
    );
    await expect(summary.locator("figure.level-chart svg g[data-platform]")).toHaveCount(4);
    // For paper: when it was printed, counts on the bars, fills that differ in black and white, room to sign.
    await expect(summary.locator('[data-field="printed-at"]')).toContainText(
      /In lúc: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
    );
    expect(await summary.locator("figure.level-chart svg g[data-level] text").count()).toBeGreaterThan(0);
    await expect(summary.locator("figure.level-chart pattern")).toHaveCount(4);
    await expect(summary.locator('[data-field="signatures"]')).toContainText("Cán bộ thực hiện");
    await expect(summary.locator('[data-field="signatures"]')).toContainText("QLTT-HN-0421");
    await summary.close();

    // A browser restart keeps the sweep, its marks and evidence, and it goes on recording.
    await context.close();
    ({ context, worker, extensionId } = await launch(profile, extensionPath));
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(again.locator('[data-field="sweep-count"]')).toHaveAttribute("data-count", String(total));
    await expect(again.locator('[data-field="sweep-count"]')).toHaveAttribute("data-active", "true");
    await expect.poll(() => shownCount(again)).toBe(total);
    await again.locator("details.more-filters > summary").click();
    await again.locator('select[name="mark"]').selectOption("suspicious");
    await expect.poll(() => shownCount(again)).toBe(3);
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(badge);
  } finally {
    await context.close();
    await intake.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
