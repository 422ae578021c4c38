import { describe, expect, it } from "vitest";
import { sendo, sendoProductId, sendoShopId } from "../../utils/sites/sendo";
import { fixtureDocument, fixtureText } from "./fixture-files";
import { expectSameSeller } from "./same-seller";

interface Entry {
  type: string;
  item?: {
    product_id: number;
    name: string;
    final_price: number;
    deep_link: string;
    is_shop_plus?: boolean;
    shop_name: string;
  };
}
const api = JSON.parse(
  fixtureText("real/sendo-vn_category-listing-api-items_2023-07_EXTRACTED-FROM-TS.json"),
) as Entry[];
const skus = api.flatMap((e) => (e.type === "SKU" && e.item ? [e.item] : []));

describe("Sendo adapter on a category page (synthetic, built from the real category-feed API)", () => {
  const url = new URL("https://www.sendo.vn/ban-ghe-van-phong");
  const found = sendo.find(fixtureDocument("synthetic/sendo-vn_category_SYNTHETIC.html"), url);

  it("reads the 47 products, each once, without relying on the hashed class names", () => {
    expect(skus).toHaveLength(47);
    expect(found).toHaveLength(47);
  });

  it("agrees with the API on every card: id, title, price, URL and the Shop+ mark", () => {
    skus.forEach((item, i) => {
      expect(found[i]?.listing).toMatchObject({
        platform: "sendo",
        key: `sendo:${item.product_id}`,
        title: item.name.replace(/\s+/g, " ").trim(), // as a reader sees it
        price: item.final_price,
        currency: "VND",
        // The feed's tracking parameters (algo, source_position…) are not kept: the product's address is.
        url: item.deep_link.split("?")[0],
        official: item.is_shop_plus ?? false,
        pageKind: "category",
      });
    });
    expect(found.filter((f) => f.listing.official)).toHaveLength(12);
  });

  it("calls the same cards search results at a search address", () => {
    const search = sendo.find(
      fixtureDocument("synthetic/sendo-vn_category_SYNTHETIC.html"),
      new URL("https://www.sendo.vn/tim-kiem?q=b%C3%A0n"),
    );
    expect(search.map((f) => f.listing.key)).toEqual(found.map((f) => f.listing.key));
    expect(new Set(search.map((f) => f.listing.pageKind))).toEqual(new Set(["search"]));
  });
});

const productPage = () =>
  sendo.find(
    fixtureDocument("synthetic/sendo-vn_product_recils-desk_SYNTHETIC.html"),
    new URL("https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html"),
  );

describe("Sendo adapter on a product page (synthetic)", () => {
  it("reads the product and its shop", () => {
    const found = productPage();
    expect(found[0]?.listing).toMatchObject({
      key: "sendo:39103035",
      title: "Bàn góc tường có học sách Recils",
      price: 2200000,
      // The shop's name in its address, which the shop page shows too; not the numeric id beside the link.
      sellerId: "recils",
      sellerName: "Recils",
      sellerUrl: "https://www.sendo.vn/shop/recils",
      pageKind: "product",
    });
  });

  it("takes the product id from the end of the slug", () => {
    expect(sendoProductId("https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html?x=1")).toBe(
      "39103035",
    );
    expect(sendoProductId("/tim-kiem?q=ban.html")).toBeUndefined();
  });
});

describe("Sendo adapter on a shop page (synthetic, the real API's products of one shop)", () => {
  const url = new URL("https://www.sendo.vn/shop/recils?utm_source=x");
  const found = sendo.find(fixtureDocument("synthetic/sendo-vn_shop_recils_SYNTHETIC.html"), url);
  const shop = skus.filter((item) => item.shop_name === "Recils");

  it("reads the shop's 7 products, each with the shop as its seller", () => {
    expect(shop).toHaveLength(7);
    expect(found).toHaveLength(7);
    shop.forEach((item, i) => {
      expect(found[i]?.listing).toMatchObject({
        key: `sendo:${item.product_id}`,
        title: item.name.replace(/\s+/g, " ").trim(),
        price: item.final_price,
        url: item.deep_link.split("?")[0],
        sellerId: "recils",
        sellerName: "Recils",
        sellerUrl: "https://www.sendo.vn/shop/recils",
        pageKind: "shop",
      });
    });
  });

  it("names the same seller as the product page, so one seller warning covers both", () => {
    expectSameSeller(found, productPage()[0]);
  });

  it("gives the shop's own address as seller address, whatever part of the shop the product page links to", () => {
    const doc = fixtureDocument("synthetic/sendo-vn_product_recils-desk_SYNTHETIC.html");
    doc.querySelector('a[href*="/shop/"]')?.setAttribute("href", "/shop/recils/san-pham?sort=new#top");
    const [product] = sendo.find(
      doc,
      new URL("https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html"),
    );
    expect(product?.listing).toMatchObject({
      sellerId: "recils",
      sellerUrl: "https://www.sendo.vn/shop/recils",
    });
  });

  it("takes the shop from its address, whatever follows it", () => {
    expect(sendoShopId("https://www.sendo.vn/shop/recils?utm_source=x")).toBe("recils");
    expect(sendoShopId("/shop/noi-that-asaka/san-pham")).toBe("noi-that-asaka");
    expect(sendoShopId("/tim-kiem?q=shop")).toBeUndefined();
    expect(sendoShopId(null)).toBeUndefined();
  });
});
