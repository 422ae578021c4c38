import { describe, expect, it } from "vitest";
import { tiktok, tiktokProductId } from "../../utils/sites/tiktok";
import { fixtureDocument } from "./fixture-files";

describe("TikTok Shop adapter on the real US product page", () => {
  const url = new URL(
    "https://www.tiktok.com/shop/pdp/square-neck-bodysuit-co-ord-high-waist-wide-leg-trousers-by-katchme/1729447605324124806",
  );
  const found = tiktok.find(
    fixtureDocument("real/tiktokshop-us_pdp_katchme-bodysuit-set_2025-07_PRETTIFIED.html"),
    url,
  );
  const product = found.find((f) => f.listing.key === "tiktok:1729447605324124806");

  it("reads the product, with the seller id from the embedded router data", () => {
    expect(product?.listing).toMatchObject({
      platform: "tiktok",
      title:
        "Women's Trendy Square Neck Shaping Bodysuit & High Waist Wide Leg Pockets Trousers Co-ord,Short Sleeve Shapewear,Two-Piece Outfit for Womenswear",
      price: 24.17,
      priceMax: 24.69,
      currency: "USD",
      sellerId: "7495278230053096070",
      sellerName: "KatchMe US",
      pageKind: "product",
      url: "https://www.tiktok.com/shop/pdp/square-neck-bodysuit-co-ord-high-waist-wide-leg-trousers-by-katchme/1729447605324124806",
    });
    expect(product?.listing.imageUrl).toMatch(
      /^https:\/\/p16-oec-ttp\.tiktokcdn-us\.com\/.+58f5b65b9d524800b910a99377db6d1f/,
    );
  });

  it("reads the SKUs' option names from the router data, where sellers also write", () => {
    expect(product?.listing.variants).toEqual(
      expect.arrayContaining(["Black", "Sage", "Dark Beige", "Sky Blue", "S/M(6/8)", "L/XL(10/12)"]),
    );
  });

  it("anchors the badge at the title as shown, though it is not a heading", () => {
    expect(product?.anchor.textContent?.replace(/\s+/g, " ").trim()).toBe(product?.listing.title);
  });

  it("takes the product id from every URL form", () => {
    expect(tiktokProductId("/shop/pdp/slug/1729447605324124806")).toBe("1729447605324124806");
    expect(tiktokProductId("/view/product/1729447605324124806?region=VN")).toBe("1729447605324124806");
    expect(tiktokProductId("/@user/video/7300000000000000000")).toBeUndefined();
  });
});
