import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileIndex } from "../../utils/matching/compile-index";
import { matchListing } from "../../utils/matching/match";
import { PhraseSet } from "../../utils/matching/phrase-set";
import { boundedEditDistance } from "../../utils/matching/rules/edit-distance";
import { bitCount, letterSet } from "../../utils/matching/rules/lookalike-index";
import { telexRead, titleView } from "../../utils/matching/title-view";
import type { Listing } from "../../utils/sites/listing";
import { testFeed } from "./test-feed";

const feed = testFeed;

const listing = (title: string, price?: number, extra: Partial<Listing> = {}): Listing => ({
  platform: "shopee",
  key: "shopee:1:2",
  url: "https://shopee.vn/x-i.1.2",
  title,
  ...(price === undefined ? {} : { price }),
  currency: "VND",
  pageKind: "search",
  ...extra,
});

const builtIn = compileIndex([feed()]);
const verdict = (title: string, price?: number, extra: Partial<Listing> = {}, index = builtIn) =>
  matchListing(listing(title, price, extra), index, Date.parse("2026-06-01T00:00:00Z"));
const codes = (title: string, price?: number, extra: Partial<Listing> = {}) =>
  verdict(title, price, extra).reasons.map((r) => r.code);

describe("title view", () => {
  it("undoes decorative letters, spaced letters and symbols standing for letters", () => {
    expect(titleView("𝐂𝐡𝐚𝐧𝐞𝐥 túi").tokens).toEqual(["chanel", "tui"]);
    expect(titleView("Túi C.h.a.n.e.l", builtIn.heuristics.phrases).tokens).toEqual(["tui", "chanel"]);
    expect(titleView("Túi Ch@nel").tokens).toEqual(["tui", "chanel"]);
    expect(titleView("Ｇｕｃｃｉ").tokens).toEqual(["gucci"]);
  });

  it("drops bracketed promotions but keeps other brackets", () => {
    expect(titleView("[Mã ELAAR4 giảm 4%] Túi da").tokens).toEqual(["tui", "da"]);
    expect(titleView("[Rep 1:1] Túi da").tokens).toEqual(["rep", "1", "1", "tui", "da"]);
  });

  it("reads old and new tone placement, NFD text and đ alike", () => {
    expect(titleView("hoà thuý đồ").tokens).toEqual(titleView("hòa thúy do").tokens);
    expect(titleView("hàng giả".normalize("NFD")).tokens).toEqual(["hang", "gia"]);
  });

  it("reads Telex typed without an input method, only in titles without marks", () => {
    expect(telexRead("hangf")).toBe("hang");
    expect(telexRead("caaps")).toBe("cap");
    expect(telexRead("sieeu")).toBe("sieu");
    expect(titleView("tui sieeu caaps").telex).toEqual(["tui", "sieu", "cap"]);
    expect(titleView("túi sieeu caaps").telex).toBeUndefined();
    // Decomposed marks are marks too.
    expect(titleView("túi sieeu caaps".normalize("NFD")).telex).toBeUndefined();
  });
});

describe("phrase set", () => {
  const set = new PhraseSet<string>();
  set.add("rep 1:1", "rep");
  set.add("fake", "fake");
  it("finds a phrase in any spacing, as whole words only", () => {
    for (const t of ["rep 1:1", "REP1:1", "rep11", "Rep 1 : 1"])
      expect(set.find(titleView(t).tokens).map((h) => h.value)).toEqual(["rep"]);
    expect(set.find(titleView("fakeshop replica11").tokens)).toEqual([]);
  });
});

describe("edit distance", () => {
  it("counts swaps of neighbours as one and stops past the bound", () => {
    expect(boundedEditDistance("guchi", "gucci", 1)).toBe(1);
    expect(boundedEditDistance("luoisvuiton", "louisvuitton", 2)).toBe(2);
    expect(boundedEditDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("is never less than the letters one word has and the other lacks (the look-alike check's first filter)", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeghilnorstuvx0"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const [la, lb] = [letterSet(a), letterSet(b)];
        const lower = Math.max(bitCount(la & ~lb), bitCount(lb & ~la));
        return lower <= boundedEditDistance(a, b, 30);
      }),
      { numRuns: 2000 },
    );
    expect(bitCount(0)).toBe(0);
    expect(bitCount(0x7ffffff)).toBe(27);
  });
});

describe("heuristic rules", () => {
  it("slang: caution, unless negated or honest without a brand", () => {
    expect(verdict("Túi Gucci rep 1:1 full box").level).toBe("caution");
    expect(codes("Túi Gucci rep 1:1")).toContain("slang");
    expect(verdict("Kem chống nắng chính hãng, cam kết không fake").level).toBe("none");
    expect(verdict("Dầu gội chống hàng fake bằng tem").level).toBe("none");
    expect(verdict("Hàng chính hãng, không phải hàng fake").level).toBe("none");
    expect(verdict("Xoài cát loại 1").level).toBe("none");
    expect(verdict("Túi Chanel loại 1", 60_000_000).level).toBe("caution");
    expect(verdict("Hạt giống dưa leo F1").level).toBe("none");
  });

  it("brand look-alikes: caution next to the brand's goods, not on ordinary words", () => {
    expect(codes("Túi Guchi da bò")).toContain("brand_lookalike");
    expect(codes("Giày Addidas trắng")).toContain("brand_lookalike");
    expect(codes("Đồng hồ Rolexx nam")).toContain("brand_lookalike");
    expect(codes("Túi Luois Vuiton")).toContain("brand_lookalike");
    expect(codes("Nước hoa Channel No5")).toContain("brand_lookalike");
    expect(verdict("Bộ chia HDMI 4 channel").level).toBe("none");
    expect(verdict("Guchi").level).toBe("none");
    expect(verdict("Túi Gucci Marmont", 50_000_000).level).toBe("none");
  });

  it("brand look-alikes: names of any length, from a feed's brands too", () => {
    const long = "Supercalifragilisticexpialidocious";
    const index = compileIndex([
      feed({
        brands: [{ id: "long", name: long, goods: ["ô"] }],
      }),
    ]);
    const found = verdict(`Ô ${long.replace("ous", "us")} đi mưa`, undefined, {}, index);
    expect(found.reasons.map((r) => [r.code, r.ref])).toContainEqual(["brand_lookalike", "test:brand:long"]);
    expect(verdict(`Ô ${long} đi mưa`, undefined, {}, index).level).toBe("none");
    expect(verdict(`${long.replace("ous", "us")} đi mưa`, undefined, {}, index).level).toBe("none");
  });

  it("price floor: caution far under the genuine price, not for accessories or second-hand", () => {
    const r = verdict("Túi xách Chanel Classic", 850_000);
    expect(r.level).toBe("caution");
    expect(r.reasons.map((x) => x.code)).toEqual(["price_floor", "unofficial_seller"]);
    expect(r.reasons[0]?.text.vi).toContain("850.000 ₫");
    expect(verdict("Túi xách Chanel Classic", 90_000_000).level).toBe("none");
    expect(verdict("Ốp lưng cho iPhone 15", 45_000).level).toBe("none");
    expect(verdict("Nước hoa chiết Chanel 10ml", 250_000).level).toBe("none");
    expect(verdict("Túi xách Chanel Classic", 850_000, { currency: "PHP" }).level).toBe("none");
  });

  it("unofficial seller: weak alone, and not for the brand's official sellers", () => {
    expect(codes("Giày Nike Air Force 1", 2_900_000)).toEqual([]);
    const nike = feed({
      brands: [
        {
          id: "nike",
          name: "Nike",
          counterfeitRisk: "high",
          officialSellers: [{ platform: "shopee", sellerId: "7" }],
        },
      ],
    });
    const index = compileIndex([nike]);
    const like = (sellerId: string) =>
      verdict("Giày Nike like auth", 2_900_000, { sellerId }, index).reasons.map((r) => r.code);
    expect(like("8")).toEqual(["slang", "unofficial_seller"]);
    expect(like("7")).toEqual(["slang"]);
  });

  it("prohibited goods: caution, or danger when the feed says so; a second term when required", () => {
    expect(codes("Pháo nổ Tết loại to")).toEqual(["prohibited_goods"]);
    expect(verdict("Thực phẩm chức năng bổ sung vitamin C").level).toBe("none");
    expect(verdict("Thực phẩm chức năng chữa khỏi tiểu đường").level).toBe("caution");
    const strict = compileIndex([
      feed({ signals: { prohibited: [{ terms: ["pháo nổ"], level: "danger" }] } }),
    ]);
    expect(verdict("Pháo nổ Tết", undefined, {}, strict).level).toBe("danger");
  });

  it("takes terms and weights from the feed", () => {
    const weighted = (slang: number) =>
      compileIndex([feed({ signals: { slang: ["hàng tuồn"], weights: { slang, cautionAt: 40 } } })]);
    expect(verdict("Túi da hàng tuồn", undefined, {}, weighted(30)).level).toBe("none");
    const r = verdict("Túi da hàng tuồn", undefined, {}, weighted(45));
    expect(r.level).toBe("caution");
    expect(r.score).toBe(45);
    expect(r.reasons.map((x) => [x.code, x.ref])).toEqual([["slang", "test:slang:hàng tuồn"]]);
  });
});

describe("identity warnings", () => {
  const reason = { vi: "Cảnh báo thử." };
  const source = { authority: { vi: "Cơ quan thử" } };
  const warning = (id: string, target: object) => ({
    id,
    target,
    severity: "high",
    category: "counterfeit",
    reason,
    source,
  });
  const index = compileIndex([
    feed({
      warnings: [
        warning("d", { kind: "domain", domain: "hanggia.example.vn" }),
        warning("s", { kind: "shop", url: "https://www.facebook.com/kho.247/" }),
        warning("g", { kind: "product", brand: "Sạch Thơm", gtin: "8934868000012" }),
      ],
    }),
  ]);
  const danger = (extra: Partial<Listing>) =>
    verdict("Áo thun", 100_000, extra, index).reasons.map((r) => r.code);

  it("a standalone shop's domain, its subdomains too", () => {
    expect(danger({ platform: "web", url: "https://shop.hanggia.example.vn/a" })).toEqual(["warned_domain"]);
    expect(danger({ platform: "web", url: "https://hanggia.example.vn.other.vn/a" })).toEqual([]);
  });

  it("a shop's address, whatever its case, www or trailing slash", () => {
    expect(danger({ sellerUrl: "https://facebook.com/Kho.247" })).toEqual(["warned_shop"]);
  });

  it("a GTIN as 13 or 14 digits", () => {
    expect(danger({ gtin: "8934868000012" })).toEqual(["warned_product"]);
    expect(danger({ gtin: "08934868000012" })).toEqual(["warned_product"]);
  });
});
