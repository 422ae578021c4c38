import { describe, expect, it } from "vitest";
import { compileIndex } from "../../utils/matching/compile-index";
import { matchListing } from "../../utils/matching/match";
import { facebook, linksOut } from "../../utils/sites/facebook";
import { type Listing, ListingSchema } from "../../utils/sites/listing";
import { shapedListing } from "../../utils/sites/shaped-listing";
import { domainKey } from "../../utils/web-address";
import { testFeed, testWarning } from "./test-feed";

// A feed's warning about a web shop's domain, shown where a listing links to that shop (issue 32, first part).

describe("a web shop's domain as compared", () => {
  it("ignores case, a trailing dot, a port, a scheme and path, and a leading www", () => {
    for (const written of [
      "shop.example-fake.vn",
      "Shop.Example-Fake.VN.",
      "shop.example-fake.vn:8080",
      "https://www.shop.example-fake.vn/product?id=1",
      "www.shop.example-fake.vn",
    ])
      expect(domainKey(written), written).toBe("shop.example-fake.vn");
  });

  it("compares internationalised names in their ASCII form, whichever form each side wrote", () => {
    expect(domainKey("bánhmì.vn")).toBe(domainKey("xn--bnhm-5na3e.vn"));
    expect(domainKey("http://BÁNHMÌ.vn/")).toBe(domainKey("bánhmì.vn"));
    expect(domainKey("bánhmì.vn")).toMatch(/^xn--/);
  });

  it("refuses what is not a host name with a dot", () => {
    for (const bad of ["localhost", "", "http://", "a b.vn", "[::1]", "javascript:alert(1)"])
      expect(domainKey(bad), bad).toBeUndefined();
  });
});

describe("links out of a Facebook post", () => {
  const base = new URL("https://www.facebook.com/groups/1/");
  const article = (html: string) =>
    new DOMParser().parseFromString(`<div role="article">${html}</div>`, "text/html").body
      .firstElementChild as Element;

  it("unwraps Facebook's link shim, drops the query, and skips Facebook's own addresses", () => {
    const links = linksOut(
      article(`<a href="/groups/1/user/100081111111111/">Shop</a><a href="/groups/1/posts/5/">2 giờ</a>
        <a href="https://l.facebook.com/l.php?u=http%3A%2F%2Fshop.example-fake.vn%2Fproduct%3Ffbclid%3Dx&h=AT1">shop</a>
        <a href="https://www.instagram.com/shop/">ig</a><a href="https://m.me/shop">m</a>
        <a href="https://tiki.vn/x-p1.html?spid=2">tiki</a><a href="javascript:alert(1)">x</a>`),
      base,
    );
    expect(links).toEqual([
      "http://shop.example-fake.vn/product",
      "https://m.me/shop",
      "https://tiki.vn/x-p1.html",
    ]);
  });

  it("keeps at most ten, and gives none for a post without any", () => {
    const many = Array.from({ length: 30 }, (_, i) => `<a href="https://shop${i}.vn/">s</a>`).join("");
    expect(linksOut(article(many), base)).toHaveLength(10);
    expect(linksOut(article("<p>Không có link</p>"), base)).toBeUndefined();
  });

  it("reads a sale post's links into its listing", () => {
    const doc = new DOMParser().parseFromString(
      `<div role="article"><h3><a href="/groups/1/user/100083333333333/">Shop</a></h3>
       <div dir="auto">Túi xách nữ giá 450k, xem thêm tại <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example-fake.vn%2F">shop.example-fake.vn</a></div>
       <a href="/groups/1/posts/5550009/">1 giờ</a><div role="button">Nhắn tin</div></div>`,
      "text/html",
    );
    expect(facebook.find(doc, base)[0]?.listing.links).toEqual(["https://shop.example-fake.vn/"]);
  });
});

describe("matching a listing's links against domain warnings", () => {
  const index = compileIndex([
    testFeed({
      warnings: [
        testWarning("d-1", { kind: "domain", domain: "Example-Fake.VN." }),
        testWarning("d-2", { kind: "domain", domain: "bánhmì.vn" }),
      ],
    }),
  ]);
  const post = (links?: string[]): Listing => ({
    platform: "facebook",
    key: "facebook:post:5550009",
    url: "https://www.facebook.com/groups/1/posts/5550009/",
    title: "Túi xách nữ da bò giá 450k",
    pageKind: "post",
    ...(links ? { links } : {}),
  });
  const verdict = (links?: string[]) => matchListing(post(links), index, Date.parse("2026-06-01T00:00:00Z"));

  it("flags a post that links to a warned shop, its subdomain, or its other written form", () => {
    for (const links of [
      ["https://example-fake.vn/"],
      ["http://shop.example-fake.vn/product"],
      ["https://www.example-fake.vn:8443/a"],
      ["https://xn--bnhm-5na3e.vn/"],
      ["https://tiki.vn/x", "https://shop.example-fake.vn/"],
    ]) {
      const v = verdict(links);
      expect(v.level, links.join()).toBe("danger");
      expect(v.reasons[0]?.code).toBe("warned_domain");
    }
  });

  it("leaves alone a post without links, and one linking to a name that only contains the warned one", () => {
    expect(verdict().level).toBe("none");
    expect(verdict(["https://example-fake.vn.other.com/", "https://notexample-fake.vn/"]).level).toBe("none");
  });

  it("keeps the links within the contract", () => {
    const shaped = shapedListing({
      ...post(),
      links: Array.from({ length: 25 }, (_, i) => `https://s${i % 12}.vn/`),
    });
    expect(shaped.links).toHaveLength(10);
    expect(ListingSchema.safeParse(shaped).success).toBe(true);
    expect(ListingSchema.safeParse({ ...post(), links: ["javascript:alert(1)"] }).success).toBe(false);
  });
});
