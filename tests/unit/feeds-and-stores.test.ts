import { describe, expect, it } from "vitest";
import { shopee } from "../../utils/sites/shopee";
import { tiktok } from "../../utils/sites/tiktok";
import { fixtureDocument, fixtureText } from "./fixture-files";

// The real Shopee VN daily-discover response the synthetic pages are built from (see make-pages.ts).
interface DiscoverItem {
  itemid: number;
  shopid: number;
  name: string;
  price_min: number;
  image: string;
  is_official_shop: boolean;
}
const discover: DiscoverItem[] = JSON.parse(
  fixtureText("real/shopee-vn_api-v4-recommend_daily-discover_2023-02.json"),
).data.sections[0].data.item;
const dong = (item: DiscoverItem) => item.price_min / 100_000;

describe("Shopee VN home page, daily discover (synthetic, real data)", () => {
  const url = new URL("https://shopee.vn/");
  const found = shopee.find(fixtureDocument("synthetic/shopee-vn_home_daily-discover_SYNTHETIC.html"), url);

  it("reads every one of the 60 recommended items, with every field the card shows", () => {
    expect(found).toHaveLength(60);
    found.forEach(({ listing }, i) => {
      const item = discover[i] as DiscoverItem;
      expect(listing).toEqual({
        platform: "shopee",
        key: `shopee:${item.shopid}:${item.itemid}`,
        url: expect.stringMatching(
          new RegExp(`^https://shopee\\.vn/.+-i\\.${item.shopid}\\.${item.itemid}$`),
        ),
        title: item.name,
        price: dong(item),
        currency: "VND",
        sellerId: String(item.shopid),
        official: item.is_official_shop,
        imageUrl: `https://down-vn.img.susercontent.com/file/${item.image}_tn`,
        pageKind: "feed",
      });
    });
    // The Mall items are told apart from the rest.
    expect(found.filter((f) => f.listing.official).length).toBe(
      discover.filter((d) => d.is_official_shop).length,
    );
  });
});

const tiktokCard = (item: DiscoverItem, i: number, seller?: object) => ({
  platform: "tiktok",
  key: `tiktok:${1729500000000000000n + BigInt(i)}`,
  url: expect.stringMatching(
    new RegExp(`^https://www\\.tiktok\\.com/shop/pdp/.+/${1729500000000000000n + BigInt(i)}$`),
  ),
  title: item.name,
  price: dong(item),
  currency: "VND",
  imageUrl: expect.stringContaining(item.image),
  ...seller,
});

describe("TikTok Shop VN search and store pages (synthetic)", () => {
  it("reads every search result, the ₫ price as dong though tiktok.com serves every region", () => {
    const url = new URL("https://www.tiktok.com/shop/s/d%C3%A9p");
    const found = tiktok.find(fixtureDocument("synthetic/tiktokshop-vn_search_SYNTHETIC.html"), url);
    expect(found).toHaveLength(40);
    found.forEach(({ listing }, i) => {
      expect(listing).toEqual({ ...tiktokCard(discover[i] as DiscoverItem, i), pageKind: "search" });
    });
  });

  it("gives every card of a store page the store's id, name and address", () => {
    const url = new URL("https://www.tiktok.com/shop/store/nha-dep-viet/7495000000000000001");
    const found = tiktok.find(fixtureDocument("synthetic/tiktokshop-vn_store_SYNTHETIC.html"), url);
    expect(found).toHaveLength(24);
    found.forEach(({ listing }, i) => {
      const seller = {
        sellerId: "7495000000000000001",
        sellerName: "Nhà Dép Việt",
        sellerUrl: "https://www.tiktok.com/shop/store/nha-dep-viet/7495000000000000001",
        pageKind: "shop",
      };
      expect(listing).toEqual(tiktokCard(discover[i + 20] as DiscoverItem, i + 20, seller));
    });
  });
});
