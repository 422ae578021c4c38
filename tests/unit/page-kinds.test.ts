import { describe, expect, it } from "vitest";
import type { SiteAdapter } from "../../utils/sites/adapter";
import { facebook } from "../../utils/sites/facebook";
import { lazada } from "../../utils/sites/lazada";
import type { PageKind } from "../../utils/sites/listing";
import { sendo } from "../../utils/sites/sendo";
import { shopee } from "../../utils/sites/shopee";
import { tiki } from "../../utils/sites/tiki";
import { tiktok } from "../../utils/sites/tiktok";

/** Each platform's pages as the issue lists them, at addresses in the forms the sites use. */
const PAGES: [SiteAdapter, string, PageKind][] = [
  [shopee, "https://shopee.vn/search?keyword=t%C3%BAi%20x%C3%A1ch", "search"],
  [shopee, "https://shopee.vn/Th%E1%BB%9Di-Trang-Nam-cat.11035567", "category"],
  [shopee, "https://shopee.vn/Th%E1%BB%9Di-Trang-Nam-cat.11035567.11035568?page=2", "category"],
  [shopee, "https://shopee.sg/nobistar.sg?categoryId=100017&itemId=19445913336", "shop"],
  [shopee, "https://shopee.vn/shop/947257509", "shop"],
  [shopee, "https://shopee.vn/D%C3%A9p-b%C3%A1nh-m%C3%AC-i.34456910.15791396126", "product"],
  [shopee, "https://shopee.co.id/product/34456910/15791396126", "product"],
  [shopee, "https://shopee.vn/", "feed"],
  [shopee, "https://shopee.vn/daily_discover", "feed"],
  [lazada, "https://www.lazada.vn/catalog/?q=g%E1%BB%91i", "search"],
  [lazada, "https://www.lazada.com.ph/tag/diapers/?q=diapers", "search"],
  [lazada, "https://www.lazada.vn/dien-thoai-di-dong/", "category"],
  [lazada, "https://www.lazada.vn/shop/zinus-official-store/", "shop"],
  [lazada, "https://www.lazada.vn/zinus-official-store/?from=wangpu&q=All-Products", "shop"],
  [lazada, "https://www.lazada.vn/products/goi-zinus-i1075360430-s3710474642.html", "product"],
  [lazada, "https://www.lazada.vn/products/pdp-i1075360430.html", "product"],
  [lazada, "https://www.lazada.vn/", "feed"],
  [tiki, "https://tiki.vn/search?q=laptop%20asus", "search"],
  [tiki, "https://tiki.vn/laptop/c8095", "category"],
  [tiki, "https://tiki.vn/cua-hang/tiki-trading", "shop"],
  [tiki, "https://tiki.vn/laptop-asus-zenbook-p143022290.html?spid=143022291", "product"],
  [sendo, "https://www.sendo.vn/tim-kiem?q=b%C3%A0n", "search"],
  [sendo, "https://www.sendo.vn/ban-ghe-van-phong", "category"],
  [sendo, "https://www.sendo.vn/shop/recils", "shop"],
  [sendo, "https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html", "product"],
  [tiktok, "https://www.tiktok.com/shop/s/d%C3%A9p", "search"],
  [tiktok, "https://www.tiktok.com/shop/store/nha-dep-viet/7495000000000000001", "shop"],
  [tiktok, "https://www.tiktok.com/shop/pdp/bodysuit/1729447605324124806", "product"],
  [tiktok, "https://www.tiktok.com/view/product/1729447605324124806", "product"],
  [tiktok, "https://shop.tiktok.com/view/product/1729447605324124806?region=VN", "product"],
  [tiktok, "https://www.tiktok.com/shop/c/women-s-wear/601152", "category"],
  [facebook, "https://www.facebook.com/marketplace/hanoi/search/?query=tui", "search"],
  [facebook, "https://www.facebook.com/marketplace/item/1023456789012345/", "product"],
  [facebook, "https://www.facebook.com/marketplace/profile/100089123456789/", "shop"],
  [facebook, "https://www.facebook.com/marketplace/hanoi/", "category"],
  [facebook, "https://www.facebook.com/groups/987654321/", "post"],
];

describe("page kinds", () => {
  it.each(PAGES.map(([adapter, href, kind]) => ({ adapter, href, kind, platform: adapter.platform })))(
    "$platform reads $href as $kind",
    ({ adapter, href, kind }) => {
      const url = new URL(href);
      expect(adapter.matches(url)).toBe(true);
      expect(adapter.pageKind(url)).toBe(kind);
    },
  );

  it("every platform's pages belong to it alone", () => {
    for (const [adapter, href] of PAGES)
      for (const [other] of PAGES)
        if (other !== adapter)
          expect(other.matches(new URL(href)), `${other.platform} on ${href}`).toBe(false);
  });
});
