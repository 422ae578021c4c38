// The demo marketplace: Shopee-style pages served at https://shopee.vn/ through request routing, so the
// extension's content script matches exactly as it does live. The markup copies the class structure of the real
// saved Shopee pages in tests/fixtures/real; the page itself is synthetic and says so on screen.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface DemoItem {
  shopId: string;
  itemId: string;
  title: string;
  price: number;
  priceMax: number;
  shopName: string;
  location: string;
  official: boolean;
  provenance: string;
}

export const DEMO_ORIGIN = "https://shopee.vn";
export const DEMO_SEARCH_URL = `${DEMO_ORIGIN}/search?keyword=h%C3%A0ng%20hi%E1%BB%87u`;

export function loadCatalog(root = process.cwd()): DemoItem[] {
  return JSON.parse(readFileSync(join(root, "demo/catalog.json"), "utf8")).items as DemoItem[];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const vnd = (n: number) => n.toLocaleString("de-DE"); // 29.154.000: the dot grouping Shopee VN shows

function slug(title: string): string {
  const s = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return s || "san-pham";
}

export const itemPath = (item: DemoItem) => `/${slug(item.title)}-i.${item.shopId}.${item.itemId}`;

const MALL_LABEL = `<img alt="Shopee Mall" class="mall-label" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='30' height='14'%3E%3Crect width='30' height='14' rx='2' fill='%23d0011b'/%3E%3Ctext x='15' y='10.5' font-size='9' font-family='Arial' fill='white' text-anchor='middle'%3EMall%3C/text%3E%3C/svg%3E">`;

function placeholderImage(item: DemoItem): string {
  const hue = Number(item.itemId.slice(-3)) % 360;
  return `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='200' height='200'%3E%3Crect width='200' height='200' fill='hsl(${hue},45%25,85%25)'/%3E%3C/svg%3E`;
}

const STYLE = `
body{margin:0;font:14px/1.4 Roboto,Arial,sans-serif;background:#f5f5f5;color:#222}
header{background:linear-gradient(#f53d2d,#f63);color:#fff;padding:12px 24px;font-size:22px;font-weight:700}
.demo-note{background:#fff8e1;border-bottom:1px solid #f0d58c;padding:6px 24px;font-size:12px;color:#5d4200}
main{max-width:1200px;margin:16px auto;padding:0 12px}
ul.row{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(5,1fr);gap:10px}
li.shopee-search-item-result__item{background:#fff;border:1px solid rgba(0,0,0,.09)}
a.contents{display:contents;color:inherit;text-decoration:none}
.pt-full{position:relative;padding-top:100%}.pt-full img{position:absolute;inset:0;width:100%;height:100%}
.p-2{padding:8px}.line-clamp-2{min-height:2.5rem;overflow-wrap:anywhere}
.text-shopee-primary{color:#ee4d2d;font-size:16px}.location{font-size:11px;color:rgba(0,0,0,.54)}
.mall-label{vertical-align:middle;margin-right:3px}
.product{background:#fff;padding:20px;display:grid;grid-template-columns:360px 1fr;gap:24px}
.product h1{font-size:20px;font-weight:500;margin:0 0 12px}
.product-price{color:#ee4d2d;font-size:28px;background:#fafafa;padding:12px}
.shop{background:#fff;margin-top:12px;padding:16px;display:flex;gap:16px;align-items:center}
.shop a{color:#ee4d2d}`;

function page(title: string, body: string, extraHead = ""): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style>${extraHead}</head>
<body><header>Shopee <small style="font-weight:400;font-size:13px">(trang mẫu)</small></header>
<div class="demo-note" role="note">Trang mô phỏng của Soi Hàng để minh hoạ — không phải Shopee thật. Tên sản phẩm, giá và tên gian hàng đánh dấu “real” lấy từ dữ liệu Shopee VN đã lưu (2023-02); các gian hàng mẫu là hư cấu. / Synthetic demo page, not the real Shopee.</div>
<main>${body}</main></body></html>`;
}

function card(item: DemoItem): string {
  return `<li class="col-xs-2-4 shopee-search-item-result__item" data-sqe="item" data-provenance="${escapeHtml(item.provenance)}">
<div class="shopee_ic" style="display: contents;"><div class="h-full relative group border border-solid border-shopee-black9">
<a class="contents" href="${DEMO_ORIGIN}${escapeHtml(itemPath(item))}"><div class="flex flex-col bg-white cursor-pointer h-full">
<div class="relative z-0 w-full pt-full"><img src="${placeholderImage(item)}" alt="${escapeHtml(item.title)}" loading="lazy"></div>
<div class="p-2 flex-1 flex flex-col justify-between"><div class="space-y-1 mb-1 flex-1 flex flex-col justify-between">
<div class="line-clamp-2 break-words min-w-0 min-h-[2.5rem] text-sm">${item.official ? MALL_LABEL : ""}${escapeHtml(item.title)}</div>
<div class="flex items-center"><div class="flex-shrink min-w-0 mr-1 truncate text-shopee-primary flex items-center font-medium"><span data-testid="a11y-label" aria-label="promotion price"></span><div class="truncate flex items-baseline"><span class="font-medium mr-px text-xs/sp14">₫</span><span class="truncate text-base/5 font-medium">${vnd(item.price)}</span></div></div></div>
</div><div class="location">${escapeHtml(item.location)}</div></div></div></a></div></div></li>`;
}

export function renderSearchPage(items: readonly DemoItem[], keyword: string): string {
  return page(
    `${keyword} | Shopee Việt Nam (trang mẫu)`,
    `<h2>Kết quả tìm kiếm cho “${escapeHtml(keyword)}”</h2><ul class="row shopee-search-item-result__items">${items.map(card).join("")}</ul>`,
  );
}

export function renderProductPage(item: DemoItem, related: readonly DemoItem[]): string {
  const priceText =
    item.priceMax > item.price ? `₫${vnd(item.price)} - ₫${vnd(item.priceMax)}` : `₫${vnd(item.price)}`;
  const ld = {
    "@context": "http://schema.org",
    "@type": "Product",
    name: item.title,
    url: `${DEMO_ORIGIN}${itemPath(item)}`,
    productID: item.itemId,
    offers: {
      "@type": item.priceMax > item.price ? "AggregateOffer" : "Offer",
      ...(item.priceMax > item.price
        ? { lowPrice: String(item.price), highPrice: String(item.priceMax) }
        : { price: String(item.price) }),
      priceCurrency: "VND",
      seller: { "@type": "Organization", name: item.shopName },
    },
  };
  // JSON inside <script> must not be able to close the element, whatever the title holds.
  const ldJson = JSON.stringify(ld).replace(/</g, "\\u003c");
  return page(
    `${item.title} | Shopee Việt Nam (trang mẫu)`,
    `<section class="product" data-provenance="${escapeHtml(item.provenance)}">
<div><img src="${placeholderImage(item)}" alt="" width="360" height="360"></div>
<div class="product-briefing"><div class="title-row">${item.official ? MALL_LABEL : ""}<h1>${escapeHtml(item.title)}</h1></div>
<div class="product-price" aria-label="price">${priceText}</div>
<p>Vận chuyển tới: Hà Nội · ${escapeHtml(item.location)}</p></div></section>
<section class="shop"><div><div class="shop-name" data-testid="shop-name">${escapeHtml(item.shopName)}</div>
<a href="/shop/${item.shopId}">Xem Shop</a></div></section>
<h2>Sản phẩm tương tự</h2><ul class="row shopee-search-item-result__items">${related.map(card).join("")}</ul>`,
    `<script type="application/ld+json">${ldJson}</script>`,
  );
}

/** Routes a demo URL to its HTML; undefined for URLs the demo does not have. */
export function renderDemoUrl(url: URL, items: readonly DemoItem[]): string | undefined {
  if (url.pathname === "/" || url.pathname.startsWith("/search")) {
    return renderSearchPage(items, url.searchParams.get("keyword") ?? "hàng hiệu");
  }
  const item = items.find((i) => url.pathname.endsWith(`-i.${i.shopId}.${i.itemId}`));
  if (item) return renderProductPage(item, items.filter((i) => i !== item).slice(0, 5));
  return undefined;
}
