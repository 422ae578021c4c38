import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyDelta, diffFeeds } from "../../utils/feed/delta";
import { FEED_LIMITS, type Feed, FeedSchema, GuideSchema } from "../../utils/feed/schema";
import { compileIndex } from "../../utils/matching/compile-index";
import { matchListing } from "../../utils/matching/match";
import { VerdictSchema } from "../../utils/matching/verdict";
import type { Listing } from "../../utils/sites/listing";
import { evalSet } from "../eval/evaluate";

const source = { authority: { vi: "Cục Quản lý Dược" }, url: "https://dav.gov.vn/" };
const step = (vi: string) => ({ text: { vi }, source });

const medicines = {
  id: "medicines",
  category: "medicines",
  title: { vi: "Thuốc", en: "Medicines" },
  terms: ["thuốc", "viên uống", "kháng sinh"],
  unless: ["thuốc lá", "thuốc trừ sâu"],
  steps: [step("Tra số đăng ký (SĐK) in trên hộp thuốc.")],
  lookups: [{ name: { vi: "Tra cứu thuốc" }, url: "https://dichvucong.dav.gov.vn/congbothuoc/index" }],
};
const ecigarettes = {
  id: "e-cigarettes",
  category: "tobacco",
  title: { vi: "Thuốc lá điện tử" },
  terms: ["thuốc lá điện tử", "vape", "pod"],
  steps: [step("Thuốc lá điện tử bị cấm từ 1/1/2025.")],
  legal: { status: "prohibited", text: { vi: "Cấm kinh doanh từ 1/1/2025." }, source },
};
const chanelGuide = {
  id: "chanel-bags",
  category: "fashion",
  title: { vi: "Túi Chanel" },
  brand: "chanel",
  terms: ["túi"],
  steps: [step("Chanel chỉ bán qua cửa hàng của hãng.")],
};

function feedWith(guides: unknown[], publisher = "office-a", serial = 1): Feed {
  return FeedSchema.parse({
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: publisher, name: { vi: publisher } },
    serial,
    issued: "2026-12-01T00:00:00Z",
    expires: "2027-12-01T00:00:00Z",
    brands: [{ id: "chanel", name: "Chanel", goods: ["túi"], counterfeitRisk: "high" }],
    guides,
  });
}

const listing = (title: string): Listing => ({
  platform: "shopee",
  key: `shopee:1:${title.length}`,
  url: "https://shopee.vn/product/1/2",
  title,
  pageKind: "product",
});

const guidesFor = (feeds: Feed[], title: string) =>
  matchListing(listing(title), compileIndex(feeds), Date.parse("2026-12-06T00:00:00Z")).guides;

describe("guides in the feed", () => {
  it("parse with their steps' sources, look-ups and legal status", () => {
    expect(GuideSchema.parse(medicines).lookups).toHaveLength(1);
    expect(GuideSchema.parse(ecigarettes).legal?.status).toBe("prohibited");
  });

  it("refuse a step without its source, a look-up that is not https, no terms, and too many", () => {
    const { source: _s, ...bare } = step("x");
    expect(GuideSchema.safeParse({ ...medicines, steps: [bare] }).success).toBe(false);
    const lookup = { name: { vi: "x" }, url: "javascript:alert(1)" };
    expect(GuideSchema.safeParse({ ...medicines, lookups: [lookup] }).success).toBe(false);
    expect(
      GuideSchema.safeParse({ ...medicines, lookups: [{ ...lookup, url: "http://example.vn/" }] }).success,
    ).toBe(false);
    expect(GuideSchema.safeParse({ ...medicines, terms: [] }).success).toBe(false);
    const many = Array.from({ length: FEED_LIMITS.guides + 1 }, (_, i) => ({ ...medicines, id: `g${i}` }));
    expect(FeedSchema.safeParse({ ...feedWith([]), guides: many }).success).toBe(false);
  });

  it("count their terms against the feed's term budget", () => {
    const terms = Array.from({ length: FEED_LIMITS.guideTerms }, (_, i) => `từ ${i}`);
    const guides = Array.from(
      { length: Math.ceil(FEED_LIMITS.terms / FEED_LIMITS.guideTerms) + 1 },
      (_, i) => ({
        ...medicines,
        id: `g${i}`,
        terms,
      }),
    );
    const result = FeedSchema.safeParse({ ...feedWith([]), guides });
    expect(result.success).toBe(false);
  });
});

describe("a listing's guides", () => {
  const feed = feedWith([medicines, ecigarettes, chanelGuide]);

  it("are found by the title's words, with and without diacritics", () => {
    expect(guidesFor([feed], "Thuốc kháng sinh Amoxicillin 500mg hộp 100 viên")).toEqual(["medicines"]);
    expect(guidesFor([feed], "thuoc khang sinh amoxicillin 500mg")).toEqual(["medicines"]);
    expect(guidesFor([feed], "Pod vape chính hãng vị dâu")).toEqual(["e-cigarettes"]);
  });

  it("words of `unless` take a listing out of a guide again", () => {
    expect(guidesFor([feed], "Thuốc lá điện tử pod 2ml")).toEqual(["e-cigarettes"]);
    expect(guidesFor([feed], "Thuốc trừ sâu sinh học 500ml")).toBeUndefined();
  });

  it("a brand's guide only when the title names the brand, before the category's", () => {
    expect(guidesFor([feed], "Túi xách nữ da mềm")).toBeUndefined();
    expect(guidesFor([feed], "Túi Chanel Classic flap")).toEqual(["chanel-bags"]);
  });

  it("honest listings of other goods get none, and a guide never changes the level", () => {
    for (const title of ["Áo thun nam cotton cổ tròn", "Nồi cơm điện 1.8L", "Sạc dự phòng 10000mAh"])
      expect(guidesFor([feed], title)).toBeUndefined();
    const verdict = matchListing(listing("Thuốc nhỏ mắt V.Rohto 13ml"), compileIndex([feed]), Date.now());
    expect(verdict.level).toBe("none");
    expect(verdict.guides).toEqual(["medicines"]);
    expect(VerdictSchema.parse(verdict).guides).toEqual(["medicines"]);
  });

  it("merge across feeds: the first feed's entry wins per id, and each feed adds its own", () => {
    const other = feedWith(
      [
        { ...medicines, title: { vi: "Thuốc (văn phòng B)" }, terms: ["siro"] },
        { ...medicines, id: "milk", category: "milk_powder", title: { vi: "Sữa bột" }, terms: ["sữa bột"] },
      ],
      "office-b",
    );
    const index = compileIndex([feed, other]);
    expect(index.guides.get("medicines")?.title.vi).toBe("Thuốc");
    expect(index.guides.get("milk")?.title.vi).toBe("Sữa bột");
    // The second feed's "siro" belongs to an id the first feed already has: it is not a term of that guide.
    expect(guidesFor([feed, other], "Siro ho Prospan")).toBeUndefined();
    expect(guidesFor([feed, other], "Sữa bột Meiji 800g")).toEqual(["milk"]);
  });

  it("travel in deltas: added, changed and removed", () => {
    const v1 = feedWith([medicines, ecigarettes]);
    const v2 = feedWith([{ ...medicines, terms: ["thuốc", "siro"] }, chanelGuide], "office-a", 2);
    const delta = diffFeeds(v1, v2);
    expect(delta.upserts.guides.map((g) => g.id).sort()).toEqual(["chanel-bags", "medicines"]);
    expect(delta.removals.guides).toEqual(["e-cigarettes"]);
    const applied = applyDelta(v1, delta);
    expect(applied.guides.map((g) => g.id).sort()).toEqual(["chanel-bags", "medicines"]);
    expect(guidesFor([applied], "Siro ho Prospan")).toEqual(["medicines"]);
  });
});

describe("the bundled sample feed's guides", () => {
  const sample = FeedSchema.parse(
    JSON.parse(readFileSync(join(process.cwd(), "public/feeds/sample-feed.json"), "utf8")),
  );

  it("name a source for every step, every ban and every contact", () => {
    expect(sample.guides.length).toBeGreaterThanOrEqual(4);
    for (const guide of sample.guides) {
      for (const step of guide.steps) expect(step.source.authority.vi).toMatch(/\S/);
      if (guide.legal) expect(guide.legal.source.authority.vi).toMatch(/\S/);
    }
    for (const contact of sample.contacts) expect(contact.source?.authority.vi).toMatch(/\S/);
    expect(JSON.stringify(sample.contacts)).not.toContain("0000 000");
  });

  it("leave the real labelled listings of clothes, shoes and bags alone", () => {
    const index = compileIndex([sample]);
    const wearables = evalSet()
      .filter((item) => item.part === "real")
      .map((item) => item.listing)
      .filter((l) => /^(áo|quần|váy|đầm|giày|dép|túi|balo)\b/i.test(l.title.trim()));
    expect(wearables.length).toBeGreaterThan(10);
    const guided = wearables.filter((l) => matchListing(l, index, Date.now()).guides);
    expect(guided.map((l) => l.title)).toEqual([]);
  });
});
