import { describe, expect, it } from "vitest";
import { readGenericProduct } from "../../utils/sites/generic-product";
import { withProductFallback } from "../../utils/sites/product-fallback";
import { shopee } from "../../utils/sites/shopee";
import { fixtureDocument } from "./fixture-files";

const doc = () => fixtureDocument("synthetic/web_shop-product_SYNTHETIC.html");

describe("a product page read from its schema.org data (synthetic shop page)", () => {
  it("gives name, brand, price, currency, seller and image, keyed by the address", () => {
    const url = new URL("https://shop-me-va-be.example/sua/mamagold-900g?utm_source=fb");
    expect(readGenericProduct(doc(), url)?.listing).toEqual({
      platform: "web",
      key: "web:shop-me-va-be.example/sua/mamagold-900g",
      url: "https://shop-me-va-be.example/sua/mamagold-900g",
      title: "Sữa bột MamaGold 900g",
      price: 459000,
      currency: "VND",
      sellerName: "Cửa hàng Mẹ và Bé",
      brand: "MamaGold",
      imageUrl: "https://shop-me-va-be.example/img/mamagold.jpg",
      pageKind: "product",
    });
  });

  it("stands in for a platform's product reader when the platform's markup fails", () => {
    // A Shopee product URL whose page lacks Shopee's markup but declares its product.
    const url = new URL("https://shopee.vn/Sua-bot-MamaGold-900g-i.123.456");
    const found = withProductFallback(shopee).find(doc(), url);
    expect(found[0]?.listing).toMatchObject({
      platform: "shopee",
      title: "Sữa bột MamaGold 900g",
      price: 459000,
    });
  });
});
