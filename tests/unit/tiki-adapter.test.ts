import { describe, expect, it } from "vitest";
import { tiki, tikiProductId, tikiStoreId } from "../../utils/sites/tiki";
import { fixtureDocument, fixtureText } from "./fixture-files";
import { expectSameSeller } from "./same-seller";

interface ApiItem {
  id: number;
  name: string;
  price: number;
  url_path: string;
  badges_new?: { code: string }[];
  advertisement?: unknown;
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

const productPage = () =>
  tiki.find(
    fixtureDocument("synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html"),
    new URL(
      "https://tiki.vn/laptop-asus-zenbook-flip-13-ux363ea-hp726w-core-i5-1135g7-8gb-lpddr4x-512gb-ssd-13-3-oled-fhd-touch-win11-hang-chinh-hang-p143022290.html?spid=143022291",
    ),
  );

describe("Tiki adapter on a product page (synthetic)", () => {
  it("reads the seller from __NEXT_DATA__, and the brand", () => {
    const found = productPage();
    expect(found).toHaveLength(1);
    expect(found[0]?.listing).toMatchObject({
      key: "tiki:143022290",
      price: 26189000,
      // The store's name in its address, not the numeric id in the page data: the store page shows the same.
      sellerId: "tiki-trading",
      sellerName: "Tiki Trading",
      sellerUrl: "https://tiki.vn/cua-hang/tiki-trading",
      brand: "Asus",
      official: true,
      pageKind: "product",
    });
  });

  it("reads the configuration options' names", () => {
    const doc = fixtureDocument("synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html");
    doc.body.insertAdjacentHTML(
      "beforeend",
      `<div data-view-id="pdp_main_select_configuration_item">8GB / 512GB</div>
       <div data-view-id="pdp_main_select_configuration_item">16GB / 1TB</div>`,
    );
    const url = new URL("https://tiki.vn/laptop-asus-p143022290.html?spid=143022291");
    expect(tiki.find(doc, url)[0]?.listing.variants).toEqual(["8GB / 512GB", "16GB / 1TB"]);
  });

  it("takes the product id from the URL", () => {
    expect(tikiProductId("/may-tinh-p134018636.html?spid=134018637")).toBe("134018636");
    expect(tikiProductId("/search?q=p123.html")).toBeUndefined();
  });
});

describe("Tiki adapter on a store page (synthetic, the real API's official-store products)", () => {
  const url = new URL("https://tiki.vn/cua-hang/tiki-trading?source_screen=product_detail");
  const found = tiki.find(fixtureDocument("synthetic/tiki-vn_shop_tiki-trading_SYNTHETIC.html"), url);
  const shelf = api.data.filter(
    (item, i) =>
      !item.advertisement &&
      item.badges_new?.some((b) => b.code === "official_store") &&
      api.data.findIndex((other) => other.id === item.id) === i,
  );

  it("reads every product on the shelf, each with the store as its seller", () => {
    expect(shelf).toHaveLength(31);
    expect(found).toHaveLength(31);
    shelf.forEach((item, i) => {
      expect(found[i]?.listing).toMatchObject({
        platform: "tiki",
        key: `tiki:${item.id}`,
        title: item.name.trim(),
        price: item.price,
        url: `https://tiki.vn/${item.url_path}`,
        sellerId: "tiki-trading",
        sellerName: "Tiki Trading",
        sellerUrl: "https://tiki.vn/cua-hang/tiki-trading",
        official: true,
        pageKind: "shop",
      });
    });
  });

  it("names the same seller as the product page, so one seller warning covers both", () => {
    expectSameSeller(found, productPage()[0]);
  });

  it("gives the store's own address as seller address, whatever part of the store the product page links to", () => {
    const doc = fixtureDocument("synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html");
    doc.getElementById("__NEXT_DATA__")?.remove();
    doc
      .querySelector('a[href*="/cua-hang/"]')
      ?.setAttribute("href", "/cua-hang/tiki-trading/danh-muc?src=pdp");
    const [product] = tiki.find(
      doc,
      new URL("https://tiki.vn/laptop-asus-zenbook-p143022290.html?spid=143022291"),
    );
    expect(product?.listing).toMatchObject({
      sellerId: "tiki-trading",
      sellerName: "Tiki Trading",
      sellerUrl: "https://tiki.vn/cua-hang/tiki-trading",
    });
  });

  it("takes the store from its address, whatever follows it", () => {
    expect(tikiStoreId("https://tiki.vn/cua-hang/tiki-trading?source_screen=x")).toBe("tiki-trading");
    expect(tikiStoreId("/cua-hang/nha-sach-abc/danh-muc")).toBe("nha-sach-abc");
    expect(tikiStoreId("/search?q=cua-hang")).toBeUndefined();
    expect(tikiStoreId(undefined)).toBeUndefined();
  });
});
