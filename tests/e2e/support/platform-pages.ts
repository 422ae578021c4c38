/** A page that runs a function with one argument in itself: Playwright's (Chromium) or puppeteer's (Firefox). */
export interface Evaluating {
  evaluate<A>(fn: (arg: A) => unknown, arg: A): Promise<unknown>;
}

/** A listing page of one platform, served at its own address: e2e tests and `npm run bench` read it. */
export interface PlatformPage {
  name: string;
  url: string;
  /** Under tests/fixtures. */
  file: string;
  /** The page's own card element. */
  card: string;
  cards: number;
  /** The key of the first card; its id is what copies of the card replace. */
  first: string;
}

// Each platform's pages at the platform's own URL (real saved pages where they exist, synthetic ones built from
// real API data otherwise; see tests/fixtures). Cards are the page's own card elements.
export const PLATFORM_PAGES: readonly PlatformPage[] = [
  {
    name: "Lazada PH search (real)",
    url: "https://www.lazada.com.ph/catalog/?q=diapers%20watson",
    file: "real/lazada-ph_search_diapers-watson_2023-08.html",
    card: '[data-qa-locator="product-item"]',
    cards: 40,
    first: "lazada:2894375047",
  },
  {
    name: "Lazada VN store (synthetic)",
    url: "https://www.lazada.vn/zinus-official-store/?from=wangpu&q=All-Products",
    file: "synthetic/lazada-vn_shop_zinus-official-store_SYNTHETIC.html",
    card: '[data-qa-locator="product-item"]',
    cards: 56,
    first: "lazada:1075360430",
  },
  {
    name: "Tiki search (synthetic)",
    url: "https://tiki.vn/search?q=laptop%20asus",
    file: "synthetic/tiki-vn_search_laptop-asus_SYNTHETIC.html",
    card: "a.product-item",
    cards: 64,
    first: "tiki:134018636",
  },
  {
    name: "Sendo category (synthetic)",
    url: "https://www.sendo.vn/ban-ghe-van-phong",
    file: "synthetic/sendo-vn_category_SYNTHETIC.html",
    card: ".d7ed-ljZIKM",
    cards: 47,
    first: "sendo:39103035",
  },
  {
    name: "Facebook Marketplace search (synthetic)",
    url: "https://www.facebook.com/marketplace/hanoi/search/?query=tui",
    file: "synthetic/facebook_marketplace-search_SYNTHETIC.html",
    card: ".x9f619.x78zum5.x1r8uery",
    cards: 5,
    first: "facebook:1023456789012345",
  },
  {
    name: "Shopee VN home, daily discover (synthetic)",
    url: "https://shopee.vn/",
    file: "synthetic/shopee-vn_home_daily-discover_SYNTHETIC.html",
    card: '[data-sqe="item"]',
    cards: 60,
    first: "shopee:34456910:15791396126",
  },
  {
    name: "TikTok Shop VN search (synthetic)",
    url: "https://www.tiktok.com/shop/s/d%C3%A9p",
    file: "synthetic/tiktokshop-vn_search_SYNTHETIC.html",
    card: ".css-1y8m0xq-DivProductCard",
    cards: 40,
    first: "tiktok:1729500000000000000",
  },
  {
    name: "TikTok Shop VN store (synthetic)",
    url: "https://www.tiktok.com/shop/store/nha-dep-viet/7495000000000000001",
    file: "synthetic/tiktokshop-vn_store_SYNTHETIC.html",
    card: ".css-1y8m0xq-DivProductCard",
    cards: 24,
    first: "tiktok:1729500000000000020",
  },
];

/** Appends `total` copies of the first card, `perFrame` at a time, each with a new product id, as infinite scroll does. */
export async function appendCardCopies(
  page: Evaluating,
  card: string,
  firstKey: string,
  total: number,
  perFrame: number,
  /** Wait between batches: the next frame by default, or this long, as a feed that fetches more. */
  pauseMs = 0,
  /** A reader scrolls through each batch as it comes, this many pixels a frame, down to its end (0: no reader). */
  readerPxPerFrame = 0,
) {
  const id = firstKey.split(":").at(-1) ?? "";
  await page.evaluate(
    async ({ card, id, total, perFrame, pauseMs, readerPxPerFrame }) => {
      const all = document.querySelectorAll(card);
      const source = all[0];
      const parent = all[all.length - 1]?.parentElement;
      if (!source || !parent) throw new Error("no card to copy");
      // The page's own markup, without our host, as the site would render it.
      const clean = source.cloneNode(true) as Element;
      for (const host of clean.querySelectorAll("soi-hang-badge")) host.remove();
      const html = clean.outerHTML;
      for (let done = 0; done < total; ) {
        const batch = document.createDocumentFragment();
        for (let i = 0; i < perFrame && done < total; i++, done++) {
          const t = document.createElement("template");
          t.innerHTML = html.split(id).join(String(8_000_000_000 + done));
          batch.append(t.content);
        }
        parent.append(batch);
        // (No named functions in here: the test runner's transform would wrap them in a helper the page lacks.)
        // The reader sees the new cards in the next frame, and scrolls on from there.
        if (readerPxPerFrame > 0) await new Promise((r) => requestAnimationFrame(r));
        while (readerPxPerFrame > 0 && scrollY < document.documentElement.scrollHeight - innerHeight - 1) {
          scrollTo(
            0,
            Math.min(scrollY + readerPxPerFrame, document.documentElement.scrollHeight - innerHeight),
          );
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) =>
          pauseMs > 0 ? setTimeout(r, pauseMs) : requestAnimationFrame(() => r(undefined)),
        );
      }
    },
    { card, id, total, perFrame, pauseMs, readerPxPerFrame },
  );
}

/**
 * Re-renders the card showing `key` as front-end frameworks do, one way per `step`:
 * "node", a new node in its place (a React key change); "content", its content set again in place (markup
 * from a template, which drops our host); "product", its attributes and content set again showing another
 * product, id `7000000777`.
 */
export async function rerenderCard(
  page: Evaluating,
  card: string,
  key: string,
  step: "node" | "content" | "product",
) {
  const id = key.split(":").at(-1) ?? "";
  await page.evaluate(
    ({ card, id, step, key }) => {
      const el = [...document.querySelectorAll(card)].find(
        (c) => c.querySelector(`soi-hang-badge[data-listing="${key}"]`) !== null,
      );
      if (!el) throw new Error(`no card shows ${key}`);
      const clean = el.cloneNode(true) as Element;
      for (const host of clean.querySelectorAll("soi-hang-badge")) host.remove();
      if (step === "node") el.replaceWith(clean);
      else if (step === "content") el.innerHTML = clean.innerHTML;
      else {
        for (const { name, value } of [...el.attributes])
          el.setAttribute(name, value.split(id).join("7000000777"));
        el.innerHTML = clean.innerHTML.split(id).join("7000000777");
      }
    },
    { card, id, step, key },
  );
}

// Product pages: the product's host is a banner by its title, with the verdict and the platform's pledge.
export const PRODUCT_PAGES = [
  {
    name: "Lazada VN (synthetic)",
    url: "https://www.lazada.vn/products/freeship-moi-dongoi-zinus-contour-memory-foam-cao-cap-va-em-ai-i1075360430-s3710474642.html",
    file: "synthetic/lazada-vn_product_zinus-pillow_SYNTHETIC.html",
    key: "lazada:1075360430",
    headline: "Gian hàng chính thức",
    pledge: "Lazada đã ký cam kết",
  },
  {
    name: "Tiki (synthetic)",
    url: "https://tiki.vn/laptop-asus-zenbook-flip-13-ux363ea-hp726w-core-i5-1135g7-8gb-lpddr4x-512gb-ssd-13-3-oled-fhd-touch-win11-hang-chinh-hang-p143022290.html?spid=143022291",
    file: "synthetic/tiki-vn_product_asus-zenbook_SYNTHETIC.html",
    key: "tiki:143022290",
    headline: "Gian hàng chính thức",
    pledge: "Tiki đã ký cam kết",
  },
  {
    name: "Sendo (synthetic)",
    url: "https://www.sendo.vn/ban-goc-tuong-co-hoc-sach-recils-39103035.html",
    file: "synthetic/sendo-vn_product_recils-desk_SYNTHETIC.html",
    key: "sendo:39103035",
    headline: "Chưa có cảnh báo nào về tin đăng này",
    pledge: "Sendo đã ký cam kết",
  },
  {
    name: "TikTok Shop (real, US)",
    url: "https://www.tiktok.com/shop/pdp/square-neck-bodysuit-co-ord-high-waist-wide-leg-trousers-by-katchme/1729447605324124806",
    file: "real/tiktokshop-us_pdp_katchme-bodysuit-set_2025-07_PRETTIFIED.html",
    key: "tiktok:1729447605324124806",
    headline: "Chưa có cảnh báo nào về tin đăng này",
    pledge: "TikTok Shop đã ký cam kết",
  },
  {
    name: "Facebook Marketplace item (synthetic)",
    url: "https://www.facebook.com/marketplace/item/1023456789012345/",
    file: "synthetic/facebook_marketplace-item_SYNTHETIC.html",
    key: "facebook:1023456789012345",
    // "Túi xách LV Neverfull like auth 1:1": counterfeit slang with a brand named; the banner leads with it.
    headline: "Tiêu đề dùng từ lóng của hàng nhái: “like auth”.",
    pledge: "Facebook chưa ký cam kết",
  },
] as const;
