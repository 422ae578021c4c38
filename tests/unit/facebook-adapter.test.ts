import { describe, expect, it } from "vitest";
import { facebook } from "../../utils/sites/facebook";
import { fixtureDocument } from "./fixture-files";

// Facebook pages here are SYNTHETIC: no real capture exists (see tests/fixtures/synthetic/make-pages.ts).
describe("Facebook adapter on Marketplace search (synthetic)", () => {
  const url = new URL("https://www.facebook.com/marketplace/hanoi/search/?query=t%C3%BAi%20x%C3%A1ch");
  const found = facebook.find(fixtureDocument("synthetic/facebook_marketplace-search_SYNTHETIC.html"), url);

  it("reads the five items by their links, with title and price, and the title as text", () => {
    expect(found.map((f) => f.listing.key)).toEqual([
      "facebook:1023456789012345",
      "facebook:1023456789012346",
      "facebook:1023456789012347",
      "facebook:1023456789012348",
      "facebook:1023456789012349",
    ]);
    expect(found[0]?.listing).toMatchObject({
      platform: "facebook",
      title: "Túi xách LV Neverfull like auth 1:1 full box",
      price: 1250000,
      currency: "VND",
      url: "https://www.facebook.com/marketplace/item/1023456789012345/",
      pageKind: "search",
    });
    expect(found[4]?.listing.title).toBe('Đồng hồ Rolex Submariner "super fake" <b>rẻ</b>');
  });

  it("takes each card to be the item's own box, not the grid", () => {
    for (const f of found) expect(f.card.querySelectorAll('a[href*="/marketplace/item/"]')).toHaveLength(1);
  });
});

describe("Facebook adapter on a Marketplace item (synthetic)", () => {
  it("reads the seller's profile id from the link next to the name", () => {
    const url = new URL("https://www.facebook.com/marketplace/item/1023456789012345/");
    const found = facebook.find(fixtureDocument("synthetic/facebook_marketplace-item_SYNTHETIC.html"), url);
    expect(found[0]?.listing).toMatchObject({
      key: "facebook:1023456789012345",
      title: "Túi xách LV Neverfull like auth 1:1 full box",
      price: 1250000,
      sellerId: "100089123456789",
      sellerName: "Hằng Nguyễn",
      sellerUrl: "https://www.facebook.com/marketplace/profile/100089123456789/",
      pageKind: "product",
    });
  });
});

describe("Facebook adapter on a Marketplace item that links out (synthetic)", () => {
  it("reads the item description's links to web shops, unwrapped, and none of Facebook's own", () => {
    const url = new URL("https://www.facebook.com/marketplace/item/1023456789012346/");
    const doc = new DOMParser().parseFromString(
      `<div role="main"><h1>Túi xách nữ da bò</h1><span>1.250.000 ₫</span>
        <a href="/marketplace/profile/100089123456789/">Hằng Nguyễn</a>
        <div>Xem thêm mẫu tại <a href="https://l.facebook.com/l.php?u=http%3A%2F%2Fshop.example-fake.vn%2Ftui%3Ffbclid%3Dx">shop</a></div>
        <a href="/marketplace/item/1023456789012399/">Tin khác</a></div>`,
      "text/html",
    );
    const [item] = facebook.find(doc, url);
    expect(item?.listing.key).toBe("facebook:1023456789012346");
    expect(item?.listing.links).toEqual(["http://shop.example-fake.vn/tui"]);
  });
});

describe("Facebook adapter on posts in a sales group (synthetic)", () => {
  const url = new URL("https://www.facebook.com/groups/987654321/");
  const found = facebook.find(fixtureDocument("synthetic/facebook_group-posts_SYNTHETIC.html"), url);

  it("reads the two sale posts and leaves the question alone", () => {
    expect(found.map((f) => f.listing.key)).toEqual(["facebook:post:5550001", "facebook:post:5550002"]);
  });

  it("reads 450k and 3.200.000đ as prices, and the author as seller", () => {
    expect(found[0]?.listing).toMatchObject({
      price: 450000,
      sellerId: "100081111111111",
      sellerName: "Minh Anh Shop",
      pageKind: "post",
      url: "https://www.facebook.com/groups/987654321/posts/5550001/",
    });
    expect(found[1]?.listing).toMatchObject({ price: 3200000, sellerId: "100082222222222" });
  });

  it("keeps the first lines of a long post as its text, past the title's 200 characters", () => {
    const line = "Túi xách nữ da bò mềm, khóa kim loại, nhiều ngăn tiện dụng, đi làm đi chơi đều hợp. ";
    const doc = new DOMParser().parseFromString(
      `<div role="article"><h3><a href="/groups/1/user/100083333333333/">Shop</a></h3>
       <div dir="auto">${line.repeat(3)}Hàng rep 1:1 fullbox. Giá 450k</div>
       <a href="/groups/1/posts/5550003/">1 giờ</a><div role="button">Nhắn tin</div></div>`,
      "text/html",
    );
    const [post] = facebook.find(doc, url);
    expect(post?.listing.title).toHaveLength(200);
    expect(post?.listing.description).toMatch(/Hàng rep 1:1 fullbox/);
    expect(found[0]?.listing.description).toBeUndefined();
  });
});
