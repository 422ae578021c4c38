import { startFeedServer } from "../../demo/feed-server";
import { sampleFeed, subscribeToFeed } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import { badgeText } from "./support/shadow";

// A signed feed warns a web shop's domain; a Facebook sale post that links there is flagged like a warned
// listing, whichever way the link is written (Facebook's link shim, a subdomain, the punycode form).

const GROUP = "https://www.facebook.com/groups/987654321/";

const post = (id: string, author: string, text: string, link: string) => `
<div role="article"><div><h3><a href="/groups/987654321/user/1000${id}/">${author}</a></h3>
 <a href="/groups/987654321/posts/${id}/"><span>2 giờ</span></a>
 <div dir="auto">${text} <a href="${link}">xem shop</a></div>
 <div role="button" tabindex="0"><span>Nhắn tin</span></div></div></div>`;

const shim = (address: string) => `https://l.facebook.com/l.php?u=${encodeURIComponent(address)}&h=AT0`;

const domainWarning = (id: string, domain: string) => ({
  id,
  target: { kind: "domain", domain },
  severity: "high",
  category: "counterfeit",
  reason: { vi: "Trang web bán hàng giả mạo thương hiệu (dữ liệu mẫu cho kiểm thử)." },
  source: { authority: { vi: "Cơ quan (mẫu)" } },
});

test("a sale post linking to a warned web shop is flagged, through Facebook's link shim, a subdomain or punycode", async ({
  context,
  serviceWorker,
  extensionId,
  intake,
}) => {
  const server = await startFeedServer();
  const feed = {
    ...sampleFeed,
    serial: 9,
    warnings: [
      ...sampleFeed.warnings,
      domainWarning("mau-domain-1", "example-fake.vn"),
      domainWarning("mau-domain-2", "bánhmì-giả.vn"),
    ],
  };
  try {
    await subscribeToFeed({ context, serviceWorker, extensionId }, server, feed, intake.url);
    await context.route(GROUP, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hội mua bán</title></head><body><div role="feed">
          ${post("5560001", "Shop A", "Túi xách nữ da bò giá 450k", shim("http://shop.example-fake.vn/tui-xach?fbclid=x"))}
          ${post("5560002", "Shop B", "Bánh mì que giá 25k", `http://${new URL("http://bánhmì-giả.vn").hostname}/`)}
          ${post("5560003", "Shop C", "Laptop cũ giá 5.500.000đ", shim("https://tiki.vn/laptop-p1.html"))}
        </div></body></html>`,
      }),
    );
    const page = await context.newPage();
    await page.goto(GROUP);
    const level = (id: string) => page.locator(`soi-hang-badge[data-listing="facebook:post:${id}"]`);
    await expect(level("5560001")).toHaveAttribute("data-level", "danger");
    await expect(level("5560002")).toHaveAttribute("data-level", "danger");
    await expect(level("5560003")).toHaveAttribute("data-level", "none");
    expect(await badgeText(page, "facebook:post:5560001", "button.pill")).toContain("Cảnh báo");

    // A Marketplace item whose description sends buyers to the warned shop: its banner says so.
    const ITEM = "https://www.facebook.com/marketplace/item/1023456789012346/";
    await context.route(ITEM, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Marketplace</title></head><body>
          <div role="main"><h1>Túi xách nữ da bò</h1><span>1.250.000 ₫</span>
          <a href="/marketplace/profile/100089123456789/">Hằng Nguyễn</a>
          <div>Xem thêm mẫu tại ${`<a href="${shim("http://shop.example-fake.vn/tui?fbclid=y")}">shop</a>`}</div></div></body></html>`,
      }),
    );
    await page.goto(ITEM);
    await expect(page.locator('soi-hang-badge[data-listing="facebook:1023456789012346"]')).toHaveAttribute(
      "data-level",
      "danger",
    );
  } finally {
    await server.close();
  }
});
