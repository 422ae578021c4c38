import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Feed, FeedSchema } from "../../utils/feed/schema";
import { compileIndex } from "../../utils/matching/compile-index";
import { matchListing } from "../../utils/matching/match";
import { containsPhrase, foldText, foldTextReference, foldTokens } from "../../utils/matching/normalize";
import type { Listing } from "../../utils/sites/listing";

describe("foldText", () => {
  it("makes composed, decomposed, old and new tone placement and unaccented typing equal", () => {
    const composed = "hòa bình thúy";
    expect(foldText(composed.normalize("NFD"))).toBe(foldText(composed));
    expect(foldText("hoà bình thuý")).toBe(foldText(composed));
    expect(foldText("hoa binh thuy")).toBe(foldText(composed));
  });

  it("gives the reference folding's result on any text (the table is only a shortcut)", () => {
    const vietnamese = fc.constantFrom(
      ..."aàáảãạăằắẳẵặâầấẩẫậđĐeèéẻẽẹêềếểễệoòóỏõọôồốổỗộơờớởỡợuưừứửữựyỳýỷỹỵ AÀÆßĳ½ＧＵＣＣＩ.,-_!?%0123456789",
    );
    const text = fc.oneof(
      fc.array(vietnamese, { maxLength: 80 }).map((cs) => cs.join("")),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (input) => foldText(input) === foldTextReference(input)),
      { numRuns: 3000 },
    );
  });

  it("folds đ/Đ and case", () => {
    expect(foldText("ĐỒNG HỒ Đẹp")).toBe("dong ho dep");
  });

  it("undoes full-width and mathematical letters used to dodge filters", () => {
    expect(foldText("𝐂𝐡𝐚𝐧𝐞𝐥")).toBe("chanel");
    expect(foldText("ＣＨＡＮＥＬ")).toBe("chanel");
  });

  it("turns punctuation, emoji and brackets into token breaks", () => {
    expect(foldTokens("[Mã ELAAR4 giảm 4%] Sữa 🌷 900g!")).toEqual([
      "ma",
      "elaar4",
      "giam",
      "4",
      "sua",
      "900g",
    ]);
  });

  it("finds whole-token phrases only", () => {
    expect(containsPhrase(["sua", "bot", "900g"], ["bot", "900g"])).toBe(true);
    expect(containsPhrase(["sua", "bot", "9000g"], ["900g"])).toBe(false);
  });
});

const source = { authority: { vi: "Cơ quan thử" } };
const feed: Feed = FeedSchema.parse({
  format: "soi-hang-feed",
  version: 1,
  publisher: { id: "t", name: { vi: "Thử" } },
  serial: 3,
  issued: "2026-01-01T00:00:00Z",
  expires: "2030-01-01T00:00:00Z",
  warnings: [
    {
      id: "s",
      target: { kind: "seller", platform: "shopee", sellerId: "1" },
      severity: "high",
      category: "counterfeit",
      reason: { vi: "người bán" },
      source,
    },
    {
      id: "l",
      target: { kind: "listing", key: "shopee:2:20" },
      severity: "medium",
      category: "unknown_origin",
      reason: { vi: "tin đăng" },
      source,
    },
    {
      id: "p",
      target: { kind: "product", brand: "MamaGold", terms: ["900g"] },
      severity: "high",
      category: "counterfeit",
      reason: { vi: "sản phẩm" },
      source,
    },
    {
      id: "short",
      target: { kind: "product", brand: "Vi", terms: [] },
      severity: "high",
      category: "counterfeit",
      reason: { vi: "ngắn" },
      source,
    },
    {
      id: "old",
      target: { kind: "seller", platform: "shopee", sellerId: "4" },
      severity: "high",
      category: "smuggled",
      reason: { vi: "cũ" },
      source,
      validUntil: "2020-01-01T00:00:00Z",
    },
    {
      id: "later",
      target: { kind: "seller", platform: "shopee", sellerId: "5" },
      severity: "high",
      category: "smuggled",
      reason: { vi: "sau" },
      source,
      validFrom: "2029-01-01T00:00:00Z",
    },
  ],
  platforms: [
    { id: "shopee", name: "Shopee", domains: ["shopee.vn"], pledge: { signed: true } },
    { id: "facebook", name: "Facebook", domains: ["facebook.com"], pledge: { signed: false } },
  ],
  brands: [
    {
      id: "mg",
      name: "MamaGold",
      aliases: ["Mama Gold"],
      officialSellers: [{ platform: "shopee", sellerId: "9" }],
    },
  ],
});
const index = compileIndex([feed]);
const NOW = Date.parse("2026-11-25T00:00:00Z");

function listing(over: Partial<Listing>): Listing {
  return {
    platform: "shopee",
    key: "shopee:7:70",
    url: "https://shopee.vn/x-i.7.70",
    title: "Áo thun",
    pageKind: "search",
    ...over,
  };
}
const verdict = (over: Partial<Listing>) => matchListing(listing(over), index, NOW);

describe("matchListing", () => {
  it("flags a warned seller as danger with the reason, the source and the feed entry", () => {
    const v = verdict({ key: "shopee:1:10", sellerId: "1" });
    expect(v).toMatchObject({
      level: "danger",
      feeds: ["t@3"],
      reasons: [{ code: "warned_seller", ref: "t:s", category: "counterfeit", source }],
    });
  });

  it("flags a warned listing key", () => {
    expect(verdict({ key: "shopee:2:20", sellerId: "2" }).reasons.map((r) => r.code)).toEqual([
      "warned_listing",
    ]);
  });

  it("flags a product warning by brand and terms, whatever the case, spacing or accents", () => {
    expect(verdict({ title: "Sữa bột MAMAGOLD 900G date mới" }).level).toBe("danger");
    expect(verdict({ title: "Sua bot Mama Gold 900g" }).level).toBe("danger");
    expect(verdict({ title: "Sữa bột MamaGold 400g" }).level).toBe("none");
    expect(verdict({ title: "Sữa bột MamaGolden 900g" }).level).toBe("none");
  });

  it("never matches a brand shorter than three letters by name", () => {
    expect(verdict({ title: "Ví da Vi nam" }).level).toBe("none");
  });

  it("ignores warnings outside their validity", () => {
    expect(verdict({ sellerId: "4" }).level).toBe("none");
    expect(verdict({ sellerId: "5" }).level).toBe("none");
  });

  it("marks an official store as official only on a pledged platform, and only when nothing else fires", () => {
    expect(verdict({ official: true }).level).toBe("official");
    expect(verdict({ sellerId: "9" }).level).toBe("official");
    expect(verdict({ official: true, sellerId: "1" }).level).toBe("danger");
    expect(
      matchListing(listing({ platform: "facebook", key: "facebook:1", official: true }), index, NOW).level,
    ).toBe("none");
  });

  it("stays calm about everything else", () => {
    expect(verdict({})).toMatchObject({ level: "none", reasons: [], score: 0 });
  });
});

describe("foldText fast path", () => {
  it("gives exactly the reference result on every character it tabulates and on real titles", async () => {
    const { foldTextReference } = await import("../../utils/matching/normalize");
    const { fixtureText } = await import("./fixture-files");
    const discover = JSON.parse(fixtureText("real/shopee-vn_api-v4-recommend_daily-discover_2023-02.json"));
    const titles: string[] = discover.data.sections[0].data.item.map((i: { name: string }) => i.name);
    const everyChar = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c)).join(" x ");
    const vietnamese = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(0x1e00 + c)).join("");
    for (const s of [
      ...titles,
      everyChar,
      vietnamese,
      "  --Đ--  ",
      "𝐂𝐡𝐚𝐧𝐞𝐥 ＣＨＡＮＥＬ",
      "C.h.a.n.e.l",
      "",
    ]) {
      expect(foldText(s)).toBe(foldTextReference(s));
    }
  });
});
