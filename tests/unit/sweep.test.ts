import "fake-indexeddb/auto";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME } from "../../utils/db";
import type { Level, Verdict } from "../../utils/matching/verdict";
import type { Listing } from "../../utils/sites/listing";
import { csvCell, toCsv } from "../../utils/sweep/csv";
import { filterRows, groupBySeller, sellerNames, sortRows, toRow } from "../../utils/sweep/query";
import {
  activeSweep,
  createSweep,
  deleteSweep,
  getSweep,
  markItems,
  pauseSweeps,
  recordReadings,
  resumeSweep,
  sweepItems,
  sweepItemsSince,
} from "../../utils/sweep/store";
import { summarise } from "../../utils/sweep/summary";

const START = { name: "Quét đồng hồ", inspectorId: "QLTT-01", unit: "Đội 3", purpose: "" };

function listing(id: number, patch: Partial<Listing> = {}): Listing {
  return {
    platform: "shopee",
    key: `shopee:${100 + (id % 3)}:${id}`,
    url: `https://shopee.vn/x-i.${100 + (id % 3)}.${id}`,
    title: `Đồng hồ số ${id}`,
    price: 1000 * id,
    currency: "VND",
    sellerId: String(100 + (id % 3)),
    pageKind: "search",
    ...patch,
  };
}

const verdict = (key: string, level: Level): Verdict => ({
  key,
  level,
  score: level === "danger" ? 100 : level === "caution" ? 50 : 0,
  reasons: [],
  feeds: [],
  sample: false,
});

const reading = (l: Listing, level: Level = "none") => ({ listing: l, verdict: verdict(l.key, level) });

beforeEach(async () => {
  await closeDb();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = () => resolve();
  });
});

describe("the sweep store", () => {
  it("records each key once, keeps triage and what a product page added when a card is read again", async () => {
    const sweep = await createSweep(START, 1000);
    await recordReadings(
      sweep.id,
      [reading(listing(1), "caution"), reading(listing(2))],
      "https://shopee.vn/search",
      2000,
    );
    await markItems(sweep.id, [listing(1).key], "suspicious", "giá rẻ bất thường", 2500);
    // The product page names the seller; then a search card without the name is read again.
    await recordReadings(
      sweep.id,
      [reading(listing(1, { sellerName: "Kho Sỉ" }), "danger")],
      "https://shopee.vn/p",
      3000,
    );
    const updated = await recordReadings(
      sweep.id,
      [reading(listing(1), "danger"), reading(listing(1), "danger")],
      "https://shopee.vn/search",
      4000,
    );
    expect(updated).toMatchObject({ count: 2, flagged: 1 });
    const items = await sweepItems(sweep.id);
    const first = items.find((i) => i.key === listing(1).key);
    expect(first).toMatchObject({
      level: "danger",
      seen: 3,
      firstSeenAt: 2000,
      lastSeenAt: 4000,
      mark: "suspicious",
      note: "giá rẻ bất thường",
      pageUrl: "https://shopee.vn/search",
    });
    expect(first?.listing.sellerName).toBe("Kho Sỉ");
    // A caution that turns out fine no longer counts as flagged.
    expect(
      await recordReadings(sweep.id, [reading(listing(1), "none")], "https://shopee.vn/search", 5000),
    ).toMatchObject({ flagged: 0 });
  });

  it("reads only what changed since a time, marks included", async () => {
    const sweep = await createSweep(START, 1000);
    await recordReadings(sweep.id, [reading(listing(1)), reading(listing(2))], "https://shopee.vn/", 2000);
    await recordReadings(sweep.id, [reading(listing(3))], "https://shopee.vn/", 3000);
    expect((await sweepItemsSince(sweep.id, 2500)).map((i) => i.key)).toEqual([listing(3).key]);
    await markItems(sweep.id, [listing(1).key], "cleared", undefined, 3500);
    expect((await sweepItemsSince(sweep.id, 3500)).map((i) => i.key)).toEqual([listing(1).key]);
    await markItems(sweep.id, [listing(1).key], undefined, undefined, 3600);
    expect((await sweepItems(sweep.id)).find((i) => i.key === listing(1).key)?.mark).toBeUndefined();
  });

  it("a reading stamped before the record's last change still moves its change time forward", async () => {
    const sweep = await createSweep(START, 1000);
    await recordReadings(sweep.id, [reading(listing(1))], "https://shopee.vn/", 2000);
    await markItems(sweep.id, [listing(1).key], "suspicious", undefined, 5000);
    // The tab's reading from before the mark lands after it.
    await recordReadings(sweep.id, [reading(listing(1))], "https://shopee.vn/", 3000);
    const [item] = await sweepItemsSince(sweep.id, 5001);
    expect(item?.mark).toBe("suspicious");
    expect(item?.changedAt).toBe(5001);
  });

  it("keeps one sweep active: a new one pauses the others, and a paused sweep records nothing", async () => {
    const a = await createSweep(START, 1000);
    const b = await createSweep({ ...START, name: "Quét mỹ phẩm" }, 2000);
    expect((await activeSweep())?.id).toBe(b.id);
    expect((await getSweep(a.id))?.active).toBe(false);
    await resumeSweep(a.id, 3000);
    expect((await activeSweep())?.id).toBe(a.id);
    await pauseSweeps(4000);
    expect(await activeSweep()).toBeUndefined();
    await deleteSweep(a.id);
    expect(await getSweep(a.id)).toBeUndefined();
    expect(await recordReadings(a.id, [reading(listing(1))], "https://shopee.vn/", 5000)).toBeUndefined();
    expect(await sweepItems(a.id)).toEqual([]);
  });
});

describe("querying a sweep", () => {
  const items = [1, 2, 3, 4, 5, 6].map((id) => ({
    sweepId: "s",
    key: listing(id).key,
    listing: listing(id, id === 4 ? { title: "Túi xách Gucci", brand: "Gucci", platform: "tiki" } : {}),
    level: (id <= 2 ? "danger" : id === 3 ? "caution" : "none") as Level,
    score: 0,
    reasons: [],
    pageUrl: "https://shopee.vn/",
    firstSeenAt: id,
    lastSeenAt: id,
    changedAt: id,
    seen: 1,
  }));
  const rows = items.map(toRow);

  it("groups by seller, the sellers with most flagged listings first", () => {
    const groups = groupBySeller(rows);
    // Seller 101 has 1 and 4 (one danger), 102 has 2 and 5 (one danger), 100 has 3 (caution) and 6.
    // Equal flagged counts: more listings first, then by key.
    expect(groups.map((g) => [g.sellerKey, g.count, g.flagged, g.danger])).toEqual([
      ["shopee:100", 2, 1, 0],
      ["shopee:102", 2, 1, 1],
      ["shopee:101", 1, 1, 1],
      ["tiki:101", 1, 0, 0],
    ]);
  });

  it("keeps a seller's name once any page showed it, for the cards that give only the id", () => {
    const named = {
      ...items[0],
      listing: { ...(items[0]?.listing as Listing), sellerName: "Kho Hàng Hiệu 247" },
    };
    const withName = [toRow(named as (typeof items)[number]), ...rows.slice(1)];
    const names = sellerNames(withName);
    const seller = withName[0]?.sellerKey ?? "";
    expect(names.get(seller)).toBe("Kho Hàng Hiệu 247");
    // Listing 4 is another platform's seller with the same id: not the same seller.
    expect(names.get("tiki:101")).toBeUndefined();
    const group = groupBySeller(withName).find((g) => g.sellerKey === seller);
    expect(group).toMatchObject({ label: "Kho Hàng Hiệu 247", sellerId: seller.split(":")[1] });
  });

  it("filters by level, platform, price, brand and text typed without diacritics", () => {
    const keys = (f: Parameters<typeof filterRows>[1]) =>
      filterRows(rows, f).map((r) => r.item.key.split(":")[2]);
    expect(keys({ levels: ["danger", "caution"] })).toEqual(["1", "2", "3"]);
    expect(keys({ levels: [], platform: "tiki" })).toEqual(["4"]);
    expect(keys({ levels: [], priceMin: 2000, priceMax: 3000 })).toEqual(["2", "3"]);
    expect(keys({ levels: [], text: "dong HO 5" })).toEqual(["5"]);
    expect(keys({ levels: [], brand: "gucci" })).toEqual(["4"]);
    expect(keys({ levels: [], sellerKey: "shopee:102" })).toEqual(["2", "5"]);
  });

  it("sorts by level with danger first, and by price with unpriced listings last either way", () => {
    expect(sortRows(rows, "flagged", true).map((r) => r.item.level)).toEqual([
      "danger",
      "danger",
      "caution",
      "none",
      "none",
      "none",
    ]);
    const unpriced = toRow({
      ...(items[0] as (typeof items)[number]),
      key: "shopee:1:0",
      listing: listing(0, { price: undefined }),
    });
    for (const descending of [true, false])
      expect(sortRows([unpriced, ...rows], "price", descending).at(-1)).toBe(unpriced);
    expect(sortRows(rows, "price", true)[0]?.price).toBe(6000);
  });

  it("summarises per platform and level", () => {
    const summary = summarise(items);
    expect(summary.byLevel).toEqual({ danger: 2, caution: 1, none: 3, official: 0 });
    expect(summary.byPlatform.map((p) => [p.platform, p.total])).toEqual([
      ["shopee", 5],
      ["tiki", 1],
    ]);
    expect(summary.topSellers).toHaveLength(3);
  });
});

describe("the CSV writer", () => {
  it("quotes every text cell, and guards text a spreadsheet would run as a formula, after a separator too", () => {
    expect(csvCell('Túi "LV", loại 1')).toBe('"Túi ""LV"", loại 1"');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell("Shop")).toBe('"Shop"');
    for (const start of ["=", "+", "-", "@"])
      expect(csvCell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
    expect(csvCell("=1+1")).toBe(`"'=1+1"`);
    expect(csvCell("Shop;=1+1")).toBe(`"Shop;'=1+1"`);
    expect(csvCell("a, @SUM(A1)")).toBe(`"a, '@SUM(A1)"`);
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(undefined)).toBe("");
  });

  it("reads back as one cell, no formula in it, by a parser set to the ; separator of Vietnamese Windows", () => {
    const csv = toCsv(
      ["Người bán", "Giá"],
      [
        ["Shop;=1+1", 5],
        ["=cmd|' /C calc'!A0", 6],
      ],
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true });
    // A ; reader takes each line as one field (its commas are inside no quotes it splits on); none starts a formula.
    for (const row of parsed.data) for (const field of row) expect(field).not.toMatch(/^[=+\-@]/);
    expect(parsed.data.flat().join("\n")).not.toMatch(/(^|;)\s*=/m);
    const commas = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(commas.data.slice(1)).toEqual([
      ["Shop;'=1+1", "5"],
      ["'=cmd|' /C calc'!A0", "6"],
    ]);
  });

  it("writes UTF-8 with a BOM and CRLF that a CSV parser reads back to the same cells", () => {
    const rows = [
      ['Đồng hồ, "Rolex"\nSubmariner', 1_250_000, "Kho Hàng Hiệu"],
      ["@evil", "", " khoảng trắng "],
    ];
    const csv = toCsv(["Tiêu đề", "Giá", "Người bán"], rows);
    expect(csv.startsWith(`\uFEFF"Tiêu đề","Giá","Người bán"\r\n`)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["Tiêu đề", "Giá", "Người bán"],
      ['Đồng hồ, "Rolex"\nSubmariner', "1250000", "Kho Hàng Hiệu"],
      ["'@evil", "", " khoảng trắng "],
    ]);
  });
});
