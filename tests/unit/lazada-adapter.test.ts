import { describe, expect, it } from "vitest";
import { lazada, lazadaItemId } from "../../utils/sites/lazada";
import { fixtureDocument } from "./fixture-files";
import { expectSameSeller } from "./same-seller";

describe("Lazada adapter on the real PH search page", () => {
  const url = new URL("https://www.lazada.com.ph/catalog/?q=diapers%20watson");
  const found = lazada.find(fixtureDocument("real/lazada-ph_search_diapers-watson_2023-08.html"), url);

  it("reads all 40 cards, each once, as search listings in pesos", () => {
    expect(found).toHaveLength(40);
    expect(new Set(found.map((f) => f.listing.key)).size).toBe(40);
    for (const { listing } of found) {
      expect(listing).toMatchObject({ platform: "lazada", currency: "PHP", pageKind: "search" });
      expect(listing.price).toBeGreaterThan(0);
    }
  });

  it("matches the ground truth of idx 0, 1, 19 and 37", () => {
    expect(found[0]?.listing).toMatchObject({
      key: "lazada:2894375047",
      title: "WATSONS Love My Little Ones Baby Diaper Dry Pants Extra Large 40s",
      price: 305,
      url: "https://www.lazada.com.ph/products/watsons-love-my-little-ones-baby-diaper-dry-pants-extra-large-40s-i2894375047.html",
      official: true,
    });
    expect(found[1]?.listing).toMatchObject({
      key: "lazada:2894054309",
      title: "WATSONS Love My Little Ones Baby Diaper Dry Pants XXL 40s",
      price: 318,
    });
    expect(found[19]?.listing).toMatchObject({
      key: "lazada:2293791805",
      title: "HAPPY DIAPER (30 PCS)",
      price: 215,
      url: "https://www.lazada.com.ph/products/happy-diaper-30-pcs-i2293791805.html",
      official: false,
    });
    expect(found[37]?.listing).toMatchObject({ key: "lazada:265078143", price: 79 });
  });

  it("calls LazMall every card but idx 19, 38 and 39, by the badge's class", () => {
    const notMall = found.flatMap((f, i) => (f.listing.official ? [] : [i]));
    expect(notMall).toEqual([19, 38, 39]);
  });

  it("skips base64 placeholders as images and anchors the badge at the title link", () => {
    for (const f of found) expect(f.anchor.getAttribute("title")).toBe(f.listing.title);
    // Cards from idx 8 on carry base64 placeholders until they scroll into view: no image rather than a data: URL.
    for (const f of found.slice(8)) expect(f.listing.imageUrl).toBeUndefined();
    expect(found[0]?.listing.imageUrl).toMatch(/^https:\/\/www\.lazada\.com\.ph\/.+\.webp$/);
  });
});

const productPage = () =>
  lazada.find(
    fixtureDocument("synthetic/lazada-vn_product_zinus-pillow_SYNTHETIC.html"),
    new URL(
      "https://www.lazada.vn/products/freeship-moi-dongoi-zinus-contour-memory-foam-cao-cap-va-em-ai-i1075360430-s3710474642.html",
    ),
  );

describe("Lazada adapter on a VN store page (synthetic, from the real Zinus data)", () => {
  const url = new URL("https://www.lazada.vn/zinus-official-store/?from=wangpu&q=All-Products");
  const found = lazada.find(
    fixtureDocument("synthetic/lazada-vn_shop_zinus-official-store_SYNTHETIC.html"),
    url,
  );

  it("reads the 56 items, each carrying the store as seller", () => {
    expect(found).toHaveLength(56);
    for (const { listing } of found) {
      expect(listing).toMatchObject({
        sellerId: "200162211305",
        sellerName: "Zinus Official Store",
        currency: "VND",
        pageKind: "shop",
        official: true,
      });
    }
    expect(found[0]?.listing).toMatchObject({
      key: "lazada:1075360430",
      title: "[FREESHIP MỌI ĐƠN]Gối Zinus Contour Memory Foam Cao Cấp và Êm Ái",
      price: 310000,
      url: "https://www.lazada.vn/products/freeship-moi-dongoi-zinus-contour-memory-foam-cao-cap-va-em-ai-i1075360430-s3710474642.html",
    });
    expect(found[1]?.listing).toMatchObject({ key: "lazada:1285643810", price: 2790000 });
  });

  it("reads later cards with the store found at the first read, until the address changes", () => {
    const doc = fixtureDocument("synthetic/lazada-vn_shop_zinus-official-store_SYNTHETIC.html");
    expect(lazada.find(doc, url)[0]?.listing.sellerId).toBe("200162211305");
    // The page's scripts are not searched again for the same store: a card added later keeps its seller.
    for (const script of doc.querySelectorAll("script")) script.remove();
    const later = doc.querySelector('[data-qa-locator="product-item"]');
    expect(later && lazada.find(later, url)[0]?.listing.sellerId).toBe("200162211305");
    // Another store's address is another store.
    const other = new URL("https://www.lazada.vn/shop/another-store/");
    expect(lazada.find(doc, other)[0]?.listing).toMatchObject({
      sellerUrl: "https://www.lazada.vn/shop/another-store/",
    });
    expect(lazada.find(doc, other)[0]?.listing.sellerId).toBeUndefined();
  });

  it("names the same seller as the product page, at either of the store's addresses", () => {
    for (const at of [url, new URL("https://www.lazada.vn/shop/zinus-official-store/?q=All-Products")]) {
      const store = fixtureDocument("synthetic/lazada-vn_shop_zinus-official-store_SYNTHETIC.html");
      expectSameSeller(lazada.find(store, at), productPage()[0]);
    }
  });
});

describe("Lazada adapter on a VN product page (synthetic)", () => {
  it("reads the SKU options' names", () => {
    const doc = fixtureDocument("synthetic/lazada-vn_product_zinus-pillow_SYNTHETIC.html");
    doc.body.insertAdjacentHTML(
      "beforeend",
      `<div class="sku-prop"><div class="sku-prop-content"><span class="sku-variable-name"><span class="sku-variable-name-text">Gối 50x30</span></span>
       <span class="sku-variable-name"><span class="sku-variable-name-text">Gối 60x40</span></span></div></div>`,
    );
    const url = new URL(
      "https://www.lazada.vn/products/freeship-moi-dongoi-zinus-contour-memory-foam-cao-cap-va-em-ai-i1075360430-s3710474642.html",
    );
    expect(lazada.find(doc, url)[0]?.listing.variants).toEqual(["Gối 50x30", "Gối 60x40"]);
    expect(productPage()[0]?.listing.variants).toBeUndefined();
  });

  it("reads the product with its seller, brand and LazMall mark", () => {
    const found = productPage();
    expect(found).toHaveLength(1);
    expect(found[0]?.listing).toMatchObject({
      key: "lazada:1075360430",
      title: "[FREESHIP MỌI ĐƠN]Gối Zinus Contour Memory Foam Cao Cấp và Êm Ái",
      price: 310000,
      currency: "VND",
      sellerId: "200162211305",
      sellerName: "Zinus Official Store",
      sellerUrl: "https://www.lazada.vn/shop/zinus-official-store/",
      brand: "Zinus",
      official: true,
      pageKind: "product",
    });
  });

  it("takes the item id from every URL form", () => {
    expect(lazadaItemId("/products/x-i2894375047.html?spm=1")).toBe("2894375047");
    expect(lazadaItemId("//www.lazada.vn/products/x-i1075360430-s3710474642.html")).toBe("1075360430");
    expect(lazadaItemId("https://www.lazada.vn/products/pdp-i123456.html")).toBe("123456");
    expect(lazadaItemId("/catalog/?q=i123.html")).toBeUndefined();
  });
});
