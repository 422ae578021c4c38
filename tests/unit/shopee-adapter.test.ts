import { describe, expect, it } from "vitest";
import { shopee, shopeeItemIds } from "../../utils/sites/shopee";
import { fixtureDocument } from "./fixture-files";

const load = (file: string) => fixtureDocument(`real/${file}`);

describe("Shopee adapter on the real SG search page", () => {
  const url = new URL("https://shopee.sg/search?keyword=direct+from+japan+demon+slayer+figure&sortBy=sales");
  const found = shopee.find(load("shopee-sg_search_demon-slayer-figure_2025-09.html"), url);

  it("reads all 60 cards, each once", () => {
    expect(found).toHaveLength(60);
    expect(new Set(found.map((f) => f.listing.key)).size).toBe(60);
  });

  it("matches the ground truth for the first three cards", () => {
    expect(found[0]?.listing).toMatchObject({
      platform: "shopee",
      key: "shopee:1253883447:42561285236",
      title: "MegaHouse, Look Up Series, Demon Slayer: Kimetsu no Yaiba, Zenitsu Agatsuma [Reissue] , Figure",
      price: 58.32,
      currency: "SGD",
      sellerId: "1253883447",
      pageKind: "search",
      url: "https://shopee.sg/MegaHouse-Look-Up-Series-Demon-Slayer-Kimetsu-no-Yaiba-Zenitsu-Agatsuma-Reissue-Figure-i.1253883447.42561285236",
    });
    expect(found[1]?.listing).toMatchObject({
      key: "shopee:882041290:41059218066",
      title: "Ichiban Kuji Demon Slayer Upper Rank Three E Prize Chokonokko Figure Japan Anime Figure BANDAI",
      price: 36.72,
    });
    expect(found[2]?.listing).toMatchObject({
      key: "shopee:1020013072:43561972363",
      title:
        "Bandai S.H.Figuarts Demon Slayer Zenitsu Agatsuma Action Figure Japan Tanjiro Nezuko Giyu Shinobu",
      price: 125.35,
    });
  });

  it("gives every card a title, a price and a seller id, and anchors the badge at the title", () => {
    for (const { listing, anchor } of found) {
      expect(listing.title.length).toBeGreaterThan(5);
      expect(listing.price).toBeGreaterThan(0);
      expect(listing.sellerId).toMatch(/^\d+$/);
      expect(anchor.classList.contains("line-clamp-2")).toBe(true);
    }
  });

  it("does not call the unexplained flag-label badge official", () => {
    expect(found.filter((f) => f.listing.official)).toHaveLength(0);
  });
});

describe("Shopee adapter on the real SG shop page", () => {
  const url = new URL(
    "https://shopee.sg/nobistar.sg?categoryId=100017&entryPoint=ShopByPDP&itemId=19445913336",
  );
  const found = shopee.find(load("shopee-sg_shop_nobistar_2025-09.html"), url);

  it("reads 30 listings, all from shop 672907573, named from the header", () => {
    expect(found).toHaveLength(30);
    for (const { listing } of found) {
      expect(listing).toMatchObject({
        sellerId: "672907573",
        sellerName: "nobistar.sg",
        sellerUrl: "https://shopee.sg/nobistar.sg",
        pageKind: "shop",
      });
    }
  });

  it("keeps titles exactly as shown (double space included)", () => {
    expect(found[0]?.listing).toMatchObject({
      key: "shopee:672907573:19445913336",
      title: "Dr. Scholl Medi Qtto  Outside Sheer Stockings Nature Nude ★Direct From Japan★",
      price: 27.25,
    });
    expect(found[1]?.listing).toMatchObject({ key: "shopee:672907573:21248035005", price: 33.78 });
    expect(found[2]?.listing).toMatchObject({ key: "shopee:672907573:14293091647", price: 43.6 });
  });
});

describe("Shopee adapter on pages without listings", () => {
  it("finds nothing on the real login wall, without throwing", () => {
    const doc = load("shopee-ph_login-wall-page-unavailable_2026-05_NEGATIVE.html");
    expect(shopee.find(doc, new URL("https://shopee.ph/search?keyword=x"))).toEqual([]);
  });

  it("drops cards whose link has no ids or whose title is empty", () => {
    const doc = new DOMParser().parseFromString(
      `<ul><li data-sqe="item"><a href="/no-ids-here"><div class="line-clamp-2">x</div></a></li>
       <li data-sqe="item"><a href="/a-i.1.2"><div class="line-clamp-2"> </div></a></li></ul>`,
      "text/html",
    );
    expect(shopee.find(doc, new URL("https://shopee.vn/search?keyword=x"))).toEqual([]);
  });
});

describe("shopeeItemIds", () => {
  it("reads both URL forms and rejects others", () => {
    expect(shopeeItemIds("https://shopee.vn/Dep-i.34456910.15791396126?x=1")).toEqual({
      shopId: "34456910",
      itemId: "15791396126",
    });
    expect(shopeeItemIds("/product/288286284/21449891249")).toEqual({
      shopId: "288286284",
      itemId: "21449891249",
    });
    expect(shopeeItemIds("https://shopee.vn/search?keyword=i.1.2")).toBeUndefined();
  });
});

describe("official marks", () => {
  const page = (label: string) =>
    new DOMParser().parseFromString(
      `<ul><li data-sqe="item"><a href="/x-i.1.2"><img alt="${label}" src="x.png"><div class="line-clamp-2">Loa bluetooth chính hãng</div></a></li></ul>`,
      "text/html",
    );
  const official = (label: string) =>
    shopee.find(page(label), new URL("https://shopee.vn/search?keyword=loa"))[0]?.listing.official;

  it("reads a short Mall label as official", () => {
    expect(official("Shopee Mall")).toBe(true);
  });

  it("does not take a title that says 'chính hãng' in an image alt for an official mark", () => {
    expect(official("Loa bluetooth mini không dây chính hãng bảo hành 12 tháng")).toBe(false);
  });
});

describe("Shopee product pages", () => {
  const doc = new DOMParser().parseFromString(
    `<main><section class="product"><h1>Túi xách nữ da bò</h1><div class="product-price">₫450.000</div></section>
     <a href="/shop/9100000001">Xem Shop</a>
     <ul><li data-sqe="item"><a href="/ví-i.9100000002.2"><div class="line-clamp-2">Ví da</div></a></li></ul></main>`,
    "text/html",
  );
  const url = new URL("https://shopee.vn/Tui-xach-i.9100000001.2300000011");

  it("reads the product and the related cards on a full read", () => {
    expect(shopee.find(doc, url).map((f) => f.listing.key)).toEqual([
      "shopee:9100000001:2300000011",
      "shopee:9100000002:2",
    ]);
  });

  it("reads the variation buttons' names, older and newer markup", () => {
    const page = new DOMParser().parseFromString(
      `<main><section class="product"><h1>Túi xách nữ da bò</h1><div class="product-price">₫450.000</div>
       <button class="product-variation" aria-label="Đen">Đen</button>
       <button class="product-variation" aria-label="Bản Rep 1:1">Bản Rep 1:1</button>
       <button class="selection-box-unselected">Size 25</button></section></main>`,
      "text/html",
    );
    const [product] = shopee.find(page, url);
    expect(product?.listing.variants).toEqual(["Đen", "Bản Rep 1:1", "Size 25"]);
    expect(shopee.find(doc, url)[0]?.listing.variants).toBeUndefined();
  });

  it("reads only the changed card when a related card loads in", () => {
    const card = doc.querySelector('li[data-sqe="item"]') as Element;
    expect(shopee.find(card, url).map((f) => f.listing.key)).toEqual(["shopee:9100000002:2"]);
  });
});
