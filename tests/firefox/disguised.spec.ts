import { DEMO_ORIGIN, type DemoItem, itemPath, loadCatalog, renderProductPage } from "../../demo/marketplace";
import { badgeLevels, openServed, poll } from "./support/firefox";
import { expect, test } from "./support/fixtures";

// The Chromium suite's disguised listings (tests/e2e/disguised.spec.ts), read by the add-on in Firefox.

const related = loadCatalog().slice(0, 2);

const product = (itemId: string, title: string): DemoItem => ({
  shopId: "9170000002",
  itemId,
  title,
  price: 1_450_000,
  priceMax: 1_450_000,
  shopName: "Kho Hàng Sỉ",
  location: "Hà Nội",
  official: false,
  provenance: "SYNTHETIC: Firefox test of disguised titles",
});

/** A product page at Shopee's address, with the variation buttons Shopee shows under the title. */
function productPage(item: DemoItem, variants: string[] = []): { url: string; body: string } {
  const buttons = variants
    .map((v) => `<button class="product-variation" aria-label="${v}">${v}</button>`)
    .join("");
  return {
    url: `${DEMO_ORIGIN}${itemPath(item)}`,
    body: renderProductPage(item, related).replace("</h1></div>", `</h1></div><div>${buttons}</div>`),
  };
}

for (const [name, item, variants, level] of [
  [
    "bold letters and a zero-width space",
    product("2390000101", "𝐓𝐮́𝐢 𝐂𝐡𝐚𝐧𝐞𝐥 𝐂𝐥𝐚𝐬𝐬𝐢𝐜 r\u200bep 1:1 da cừu"),
    [],
    "caution",
  ],
  [
    "slang in a variant's name",
    product("2390000102", "Túi xách nữ da bò cao cấp"),
    ["Bản thường", "Bản Rep 1:1"],
    "caution",
  ],
  [
    "an honest title, “chính hãng giá rẻ”",
    product("2390000103", "Giày sneaker nữ chính hãng giá rẻ"),
    ["Trắng - 36"],
    "none",
  ],
] as const) {
  test(`Firefox reads a product page with ${name}`, async ({ firefox }) => {
    const served = productPage(item, [...variants]);
    const page = await openServed(firefox, served.url, [served]);
    const key = `shopee:${item.shopId}:${item.itemId}`;
    const levels = await poll(
      () => badgeLevels(page),
      (l) => l.get(key) === level,
      `the product's badge at level ${level}`,
    );
    expect(levels.get(key)).toBe(level);
    // The related cards below are read too: a calm one stays calm.
    expect([...levels.values()].filter((l) => l === "caution")).toHaveLength(level === "caution" ? 1 : 0);
  });
}
