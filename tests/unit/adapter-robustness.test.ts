import "../../utils/zod-setup";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListingSchema } from "../../utils/sites/listing";
import { withProductFallback } from "../../utils/sites/product-fallback";
import { SITES } from "../../utils/sites/registry";
import { fixtureDocument } from "./fixture-files";

const PAGES = [
  "real/shopee-sg_search_demon-slayer-figure_2025-09.html",
  "real/shopee-sg_shop_nobistar_2025-09.html",
  "real/shopee-ph_login-wall-page-unavailable_2026-05_NEGATIVE.html",
  "real/lazada-ph_search_diapers-watson_2023-08.html",
  "real/tiktokshop-us_pdp_katchme-bodysuit-set_2025-07_PRETTIFIED.html",
  "synthetic/lazada-vn_shop_zinus-official-store_SYNTHETIC.html",
  "synthetic/lazada-vn_product_zinus-pillow_SYNTHETIC.html",
  "synthetic/tiki-vn_search_laptop-asus_SYNTHETIC.html",
  "synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html",
  "synthetic/tiki-vn_shop_tiki-trading_SYNTHETIC.html",
  "synthetic/sendo-vn_category_SYNTHETIC.html",
  "synthetic/sendo-vn_product_recils-desk_SYNTHETIC.html",
  "synthetic/sendo-vn_shop_recils_SYNTHETIC.html",
  "synthetic/facebook_marketplace-search_SYNTHETIC.html",
  "synthetic/facebook_marketplace-item_SYNTHETIC.html",
  "synthetic/facebook_group-posts_SYNTHETIC.html",
  "synthetic/web_shop-product_SYNTHETIC.html",
  "synthetic/shopee-vn_home_daily-discover_SYNTHETIC.html",
  "synthetic/tiktokshop-vn_search_SYNTHETIC.html",
  "synthetic/tiktokshop-vn_store_SYNTHETIC.html",
];

/** For each adapter, URLs of each of its page kinds: every page is read under every one of them. */
const URLS: Record<string, string[]> = {
  shopee: [
    "https://shopee.vn/search?keyword=a",
    "https://shopee.vn/x-i.1.2",
    "https://shopee.vn/shopname",
    "https://shopee.vn/",
  ],
  lazada: [
    "https://www.lazada.vn/catalog/?q=a",
    "https://www.lazada.vn/products/x-i1-s2.html",
    "https://www.lazada.vn/shop/x/",
  ],
  tiki: ["https://tiki.vn/search?q=a", "https://tiki.vn/x-p1.html?spid=2", "https://tiki.vn/cua-hang/x"],
  sendo: ["https://www.sendo.vn/ban-ghe", "https://www.sendo.vn/x-12345.html", "https://www.sendo.vn/shop/x"],
  tiktok: [
    "https://www.tiktok.com/shop/s/a",
    "https://www.tiktok.com/shop/pdp/x/1729447605324124806",
    "https://www.tiktok.com/shop/store/x/7495000000000000001",
  ],
  facebook: [
    "https://www.facebook.com/marketplace/hanoi/search/?query=a",
    "https://www.facebook.com/marketplace/item/1/",
    "https://www.facebook.com/groups/1/",
  ],
};

function expectValid(found: ReturnType<(typeof SITES)[number]["adapter"]["find"]>) {
  for (const f of found) {
    const parsed = ListingSchema.safeParse(f.listing);
    if (!parsed.success)
      throw new Error(`invalid listing ${JSON.stringify(f.listing)}: ${parsed.error.message}`);
    expect(f.card.contains(f.anchor)).toBe(true);
  }
}

describe("every adapter on every page, and on random markup", () => {
  it("returns valid listings or none on every real and synthetic page, under every URL of its own", () => {
    for (const file of PAGES) {
      const doc = fixtureDocument(file);
      for (const { adapter } of SITES)
        for (const url of URLS[adapter.platform] ?? [])
          expectValid(withProductFallback(adapter).find(doc, new URL(url)));
    }
  });

  it("finds nothing of its own platform on another platform's pages", () => {
    const own: Record<string, string> = {
      shopee: "shopee",
      lazada: "lazada",
      tiki: "tiki",
      sendo: "sendo",
      tiktok: "tiktok",
      facebook: "facebook",
    };
    for (const file of PAGES) {
      const doc = fixtureDocument(file);
      for (const { adapter } of SITES) {
        const platform = own[adapter.platform] ?? "";
        if (file.includes(platform) || file.includes("web_")) continue;
        const url = new URL(URLS[adapter.platform]?.[0] ?? "");
        expect(adapter.find(doc, url), `${adapter.platform} on ${file}`).toEqual([]);
      }
    }
  });

  // Random trees built from the pieces adapters look for: product links of every platform, prices, marks.
  const hrefs = fc.constantFrom(
    "/x-i.1.2",
    "/product/3/4",
    "/products/y-i55-s66.html",
    "/z-p77.html?spid=78",
    "/a-b-12345.html",
    "/shop/pdp/q/1729447605324124806",
    "/marketplace/item/99/",
    "/groups/1/posts/2/",
    "javascript:void(0)",
    "",
    "%%",
    "//[::1",
  );
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("159.000 ₫", "$24.17", "450k", "Nhắn tin", "Mua", "Sold by X", "Chính hãng", "Đ"),
  );
  const node: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? text.map((t) => t.replace(/[<&]/g, ""))
      : fc
          .tuple(
            fc.constantFrom("div", "a", "span", "h1", "h3", "li", "img", "i"),
            fc.option(hrefs, { nil: undefined }),
            fc.constantFrom(
              "",
              'role="article"',
              'role="button"',
              'data-qa-locator="product-item"',
              'class="product-item"',
              'data-sqe="item"',
              'class="line-clamp-2"',
              'alt="Shopee Mall"',
              'title="Chính hãng"',
              'class="ic-dynamic-badge-68926"',
              'dir="auto"',
            ),
            fc.array(node(depth - 1), { maxLength: 4 }),
          )
          .map(([tag, href, attr, kids]) =>
            tag === "img"
              ? `<img ${attr} src="${href ?? ""}">`
              : `<${tag} ${href === undefined ? "" : `href="${href.replace(/"/g, "")}"`} ${attr}>${kids.join("")}</${tag}>`,
          ),
  );

  it("never throws on random markup, and whatever it reads is a valid listing", () => {
    fc.assert(
      fc.property(node(5), (html) => {
        const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, "text/html");
        for (const { adapter } of SITES)
          for (const url of URLS[adapter.platform] ?? []) {
            expectValid(withProductFallback(adapter).find(doc, new URL(url)));
            // Incremental reads start at any element.
            for (const el of [...doc.body.querySelectorAll("*")].slice(0, 5))
              expectValid(adapter.find(adapter.scope(el), new URL(url)));
          }
      }),
      { numRuns: 150 },
    );
  });
});
