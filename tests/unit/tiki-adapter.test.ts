import { describe, expect, it } from "vitest";
import { tiki, tikiProductId } from "../../utils/sites/tiki";
import { fixtureDocument, fixtureText } from "./fixture-files";

interface ApiItem {
  id: number;
  name: string;
  price: number;
  url_path: string;
  badges_new?: { code: string }[];
}
const api = JSON.parse(fixtureText("real/tiki-vn_api-v2-products_search-laptop-asus_2021-12.json")) as {
  data: ApiItem[];
};

describe("Tiki adapter on a search page (synthetic, built from the real listing API)", () => {
  const url = new URL("https://tiki.vn/search?q=laptop%20asus");
  const found = tiki.find(fixtureDocument("synthetic/tiki-vn_search_laptop-asus_SYNTHETIC.html"), url);

  it("reads every one of the 64 cards, sponsored repeats included (51 distinct products)", () => {
    expect(found).toHaveLength(64);
    expect(new Set(found.map((f) => f.listing.key)).size).toBe(51);
  });

  it("agrees with the API on every card: id, title, price, URL and official mark", () => {
    api.data.forEach((item, i) => {
      expect(found[i]?.listing).toMatchObject({
        platform: "tiki",
        key: `tiki:${item.id}`,
        title: item.name.trim(),
        price: item.price,
        currency: "VND",
        url: `https://tiki.vn/${item.url_path}`,
        official: item.badges_new?.some((b) => b.code === "official_store") ?? false,
        pageKind: "search",
      });
    });
    expect(found.filter((f) => f.listing.official)).toHaveLength(50);
  });

  it("does not take a title's own 'Hàng Chính Hãng' for the official mark", () => {
    // idx 0 is sold as "… - Hàng Chính Hãng" by a seller without the official badge.
    expect(found[0]?.listing.title).toMatch(/Hàng Chính Hãng$/);
    expect(found[0]?.listing.official).toBe(false);
  });
});

describe("Tiki adapter on a product page (synthetic)", () => {
  it("reads the seller from __NEXT_DATA__, and the brand", () => {
    const url = new URL(
      "https://tiki.vn/laptop-asus-zenbook-flip-13-ux363ea-hp726w-core-i5-1135g7-8gb-lpddr4x-512gb-ssd-13-3-oled-fhd-touch-win11-hang-chinh-hang-p143022290.html?spid=143022291",
    );
    const found = tiki.find(fixtureDocument("synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html"), url);
    expect(found).toHaveLength(1);
    expect(found[0]?.listing).toMatchObject({
      key: "tiki:143022290",
      price: 26189000,
      sellerId: "1",
      sellerName: "Tiki Trading",
      sellerUrl: "https://tiki.vn/cua-hang/tiki-trading",
      brand: "Asus",
      official: true,
      pageKind: "product",
    });
  });

  it("takes the product id from the URL", () => {
    expect(tikiProductId("/may-tinh-p134018636.html?spid=134018637")).toBe("134018636");
    expect(tikiProductId("/search?q=p123.html")).toBeUndefined();
  });
});
