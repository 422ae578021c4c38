import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { blockRules } from "../../utils/background/site-rules";
import { buildFeed } from "../../utils/feed/publish/build-feed";
import type { PlatformEntry } from "../../utils/feed/schema";
import { warnedDomainKey } from "../../utils/feed/warned-domain";
import { compileIndex } from "../../utils/matching/compile-index";
import { imitatedPlatform } from "../../utils/matching/platform-lookalike";
import { blockedDomains, checkSite } from "../../utils/matching/site-check";
import { testFeed, testWarning } from "./test-feed";

// Warned web shops on their own sites (issue 32): the check of a navigation, the look-alike rule, the domains a
// feed may warn, and the browser's blocking rules built from them.

const sample = JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8")) as {
  platforms: PlatformEntry[];
};
const platforms = sample.platforms;

describe("addresses that pass for a platform", () => {
  it("never flags a domain the feed lists for a platform, nor any subdomain of one", () => {
    const domains = platforms.flatMap((p) => p.domains);
    expect(domains.length).toBeGreaterThan(20);
    for (const domain of domains)
      for (const host of [domain, `www.${domain}`, `seller.${domain}`, `https://m.${domain}/cart?x=1`])
        expect(imitatedPlatform(host, platforms)?.name, host).toBeUndefined();
  });

  it("flags a platform's name inside another domain, and near misses of it", () => {
    const cases: [string, string][] = [
      ["shopee-sale.vn", "Shopee"],
      ["shopeesale.com", "Shopee"],
      ["sale-shopee.vn", "Shopee"],
      ["shopee.vn.khuyenmai-tet.xyz", "Shopee"],
      ["sh0pee.com", "Shopee"],
      ["shopeee.vn", "Shopee"],
      ["shoepe.vn", "Shopee"],
      ["shopeе.vn", "Shopee"], // a Cyrillic "е", written by the browser in punycode
      ["xn--shope-3we.vn", "Shopee"], // the same, as the address bar sends it
      ["lazada-vn.shop", "Lazada"],
      ["lazda.vn", "Lazada"],
      ["lazadaa.com", "Lazada"],
      ["lazada.vn-uudai.top", "Lazada"],
      ["tikii.vn", "Tiki"],
      ["t1ki.vn", "Tiki"],
      ["tiki-sale.com", "Tiki"],
      ["tikivn.shop", "Tiki"],
      ["sendo-khuyenmai.com", "Sendo"],
      ["sendoo.vn", "Sendo"],
      ["tiktok-shop-vn.com", "TikTok Shop"],
      ["tiktokshop.vn", "TikTok Shop"],
      ["facebook-support-center.com", "Facebook"],
      ["faceb00k.com", "Facebook"],
      ["facebok.com", "Facebook"],
    ];
    for (const [host, name] of cases) expect(imitatedPlatform(host, platforms)?.name, host).toBe(name);
  });

  it("leaves honest Vietnamese shops alone", () => {
    const honest = [
      "thegioididong.com",
      "dienmayxanh.com",
      "fptshop.com.vn",
      "cellphones.com.vn",
      "hoanghamobile.com",
      "nguyenkim.com",
      "mediamart.vn",
      "bachhoaxanh.com",
      "hasaki.vn",
      "guardian.com.vn",
      "nhathuoclongchau.com.vn",
      "pharmacity.vn",
      "concung.com",
      "kidsplaza.vn",
      "fahasa.com",
      "tikitaka.vn",
      "biti.vn",
      "juno.vn",
      "vascara.com",
      "canifa.com",
      "yody.vn",
      "routine.vn",
      "coolmate.me",
      "owen.vn",
      "pnj.com.vn",
      "sapo.vn",
      "haravan.com",
      "kiotviet.vn",
      "ghn.vn",
      "ghtk.vn",
      "vnexpress.net",
      "sedo.com",
      "endo.vn",
      "lazard.com",
      "beauty-shoppe.vn",
      "the-coffee-shoppe.com",
      "tictac.edu.vn",
      "facetime-store.vn",
      "senda.vn",
      "online.gov.vn",
      "tinnhiemmang.vn",
      "themessenger.com",
      "vnmessenger.vn",
    ];
    for (const host of honest) expect(imitatedPlatform(host, platforms)?.name, host).toBeUndefined();
  });
});

describe("the domains a feed may warn", () => {
  it("takes a site, in any form, and refuses public suffixes and shared hosting suffixes", () => {
    expect(warnedDomainKey("Shop.Example-Fake.VN.")).toBe("shop.example-fake.vn");
    expect(warnedDomainKey("bánhmì-giả.vn")).toBe("xn--bnhm-gi-hwa6h6537a.vn");
    expect(warnedDomainKey("fake-shop.myshopify.com")).toBe("fake-shop.myshopify.com");
    for (const suffix of ["com.vn", "gov.vn", "vn", "co.uk", "blogspot.com", "github.io", "myshopify.com"])
      expect(warnedDomainKey(suffix), suffix).toBeUndefined();
  });

  it("a signed feed's warning on a public suffix stops nothing and flags nothing", async () => {
    const feed = testFeed({ warnings: [testWarning("w1", { kind: "domain", domain: "com.vn" })] });
    const index = compileIndex([feed]);
    expect(blockedDomains(index, Date.now())).toEqual([]);
    expect((await checkSite("https://dienmayxanh.com.vn/", index, Date.now()))?.level).toBe("none");
  });

  it("the publisher's tool says which row names a public suffix", () => {
    const dir = mkdtempSync(join(tmpdir(), "soi-hang-suffix-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(
      `${dir}/warnings.csv`,
      "id,target,domain,severity,category,reason_vi,authority_vi\n" +
        "a,domain,shop.example-fake.vn,high,counterfeit,Bán hàng giả,Cơ quan\n" +
        "b,domain,com.vn,high,counterfeit,Bán hàng giả,Cơ quan\n",
    );
    const { feed, errors } = buildFeed(
      { warnings: `${dir}/warnings.csv` },
      {
        publisherId: "t",
        publisherName: { vi: "T" },
        serial: 1,
        issued: new Date("2026-12-07T00:00:00Z"),
        expires: new Date("2027-01-01T00:00:00Z"),
        sample: true,
      },
    );
    expect(feed).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        line: 3,
        field: "target.domain",
        message: expect.stringContaining("public suffix"),
      }),
    ]);
  });
});

describe("the check of a navigation", () => {
  const now = Date.parse("2026-12-07T00:00:00Z");
  const index = compileIndex([
    testFeed({
      platforms: [{ id: "shopee", name: "Shopee", domains: ["shopee.vn"], pledge: { signed: true } }],
      warnings: [
        testWarning("high", { kind: "domain", domain: "shop.example-fake.vn" }),
        { ...testWarning("medium", { kind: "domain", domain: "risky-shop.vn" }), severity: "medium" },
        testWarning("idn", { kind: "domain", domain: "xn--bnhm-gi-hwa6h6537a.vn" }),
        {
          ...testWarning("old", { kind: "domain", domain: "old-shop.vn" }),
          validUntil: "2026-01-01T00:00:00Z",
        },
        {
          ...testWarning("later", { kind: "domain", domain: "later-shop.vn" }),
          validFrom: "2027-06-01T00:00:00Z",
        },
        { ...testWarning("low-shop", { kind: "domain", domain: "shop.big-fake.vn" }), severity: "low" },
        testWarning("high-domain", { kind: "domain", domain: "big-fake.vn" }),
      ],
    }),
  ]);

  it("stops a high warning's site and its subdomains, in any form of the address", async () => {
    for (const address of [
      "http://shop.example-fake.vn/product",
      "https://WWW.Shop.Example-Fake.vn.:8443/a?b=c",
      "http://a.b.shop.example-fake.vn/",
      "http://bánhmì-giả.vn/",
      "http://xn--bnhm-gi-hwa6h6537a.vn/x",
    ]) {
      const verdict = await checkSite(address, index, now);
      expect(verdict?.block, address).toBe(true);
      expect(verdict?.level).toBe("danger");
      expect(verdict?.reasons[0]?.code).toBe("warned_domain");
      expect(verdict?.reasons[0]?.source?.authority.vi).toBe("Cơ quan (mẫu)");
    }
    expect((await checkSite("http://bánhmì-giả.vn/", index, now))?.host).toBe("bánhmì-giả.vn");
  });

  it("a lower warning on a shop does not hide a high one on its domain", async () => {
    const verdict = await checkSite("https://shop.big-fake.vn/", index, now);
    expect(verdict).toMatchObject({ level: "danger", block: true });
    expect(verdict?.reasons.map((r) => r.ref)).toEqual(["test:low-shop", "test:high-domain"]);
  });

  it("marks a lower warning without stopping the site; a warning out of force says nothing", async () => {
    const risky = await checkSite("https://risky-shop.vn/", index, now);
    expect(risky).toMatchObject({ level: "caution", block: false });
    expect(risky?.reasons).toHaveLength(1);
    expect((await checkSite("https://old-shop.vn/", index, now))?.level).toBe("none");
    expect((await checkSite("https://later-shop.vn/", index, now))?.level).toBe("none");
  });

  it("says calmly when an address passes for a platform, never for the platform itself", async () => {
    expect(await checkSite("https://shopee-sale.vn/", index, now)).toMatchObject({
      level: "caution",
      block: false,
      imitates: { name: "Shopee", domains: ["shopee.vn"] },
    });
    expect((await checkSite("https://shopee.vn/", index, now))?.level).toBe("none");
    expect((await checkSite("https://example-fake.vn/", index, now))?.level).toBe("none");
  });

  it("answers nothing for what is not a web site", async () => {
    for (const address of [
      "chrome://settings",
      "about:blank",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "http://localhost:3000/",
    ])
      expect(await checkSite(address, index, now), address).toBeUndefined();
  });

  it("blocks in the browser only the high warnings in force, each domain once", () => {
    expect(blockedDomains(index, now)).toEqual([
      "big-fake.vn",
      "shop.example-fake.vn",
      "xn--bnhm-gi-hwa6h6537a.vn",
    ]);
    expect(blockedDomains(index, Date.parse("2027-07-01T00:00:00Z"))).toEqual([
      "big-fake.vn",
      "later-shop.vn",
      "shop.example-fake.vn",
      "xn--bnhm-gi-hwa6h6537a.vn",
    ]);
  });
});

describe("the browser's blocking rules", () => {
  it("puts many domains in a few rules of top-level requests, and refuses what a rule cannot take", () => {
    const domains = [
      ...Array.from({ length: 12_001 }, (_, i) => `shop${i}.example-fake.vn`),
      "Upper.vn",
      "a b.vn",
      "vn",
    ];
    const rules = blockRules(domains);
    expect(rules).toHaveLength(3);
    expect(rules.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rules.flatMap((r) => r.condition.requestDomains ?? [])).toHaveLength(12_001);
    for (const rule of rules) {
      expect(rule.action.type).toBe("block");
      expect(rule.condition.resourceTypes).toEqual(["main_frame"]);
    }
    expect(blockRules([])).toEqual([]);
  });
});
