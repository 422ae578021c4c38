import type { BrowserContext } from "@playwright/test";
import { DEMO_ORIGIN, type DemoItem, itemPath, loadCatalog, renderProductPage } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { badgeText } from "./support/shadow";

// Listings written to slip past keyword filters, read by the built extension on product pages served at
// Shopee's address: what a seller hides in styled letters, invisible characters or a variant's name is read.

const related = loadCatalog().slice(0, 2);
let serial = 0;

function item(title: string): DemoItem {
  serial++;
  return {
    shopId: "9170000001",
    itemId: String(2_390_000_000 + serial),
    title,
    price: 1_450_000,
    priceMax: 1_450_000,
    shopName: "Kho Hàng Sỉ",
    location: "Hà Nội",
    official: false,
    provenance: "SYNTHETIC: e2e of disguised titles",
  };
}

/** Opens the product page of `product`, with the variation buttons Shopee shows under its title. */
async function openProduct(context: BrowserContext, product: DemoItem, variants: string[] = []) {
  const url = `${DEMO_ORIGIN}${itemPath(product)}`;
  const buttons = variants
    .map((v) => `<button class="product-variation" aria-label="${v}">${v}</button>`)
    .join("");
  await context.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: renderProductPage(product, related).replace("</h1></div>", `</h1></div><div>${buttons}</div>`),
    }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const key = `shopee:${product.shopId}:${product.itemId}`;
  const host = page.locator(`soi-hang-badge[data-listing="${key}"][data-banner]`);
  await expect(host).toBeVisible();
  return { page, host, key };
}

test("a counterfeit's title in bold letters with a zero-width space in the slang is read as written plainly", async ({
  context,
}) => {
  const { page, host, key } = await openProduct(context, item("𝐓𝐮́𝐢 𝐂𝐡𝐚𝐧𝐞𝐥 𝐂𝐥𝐚𝐬𝐬𝐢𝐜 r\u200bep 1:1 da cừu"));
  await expect(host).toHaveAttribute("data-level", "caution");
  await expect.poll(() => badgeText(page, key, ".note")).toContain("rep 1:1");
});

test("slang hidden in a variant's name is read, and the banner says where it was", async ({ context }) => {
  const { page, host, key } = await openProduct(context, item("Túi xách nữ da bò cao cấp"), [
    "Bản thường",
    "Bản Rep 1:1 fullbox",
  ]);
  await expect(host).toHaveAttribute("data-level", "caution");
  await expect.poll(() => badgeText(page, key, ".note")).toContain("Tên phân loại hàng dùng từ lóng");
});

test("honest titles written the busy way stay calm: styled letters, sizes, and “chính hãng giá rẻ”", async ({
  context,
}) => {
  for (const [title, variants] of [
    ["𝐒𝐀𝐋𝐄 𝐒𝐎̂́𝐂 🔥 Áo thun nam cotton 100%", ["S/M/L", "XL"]],
    ["Giày sneaker nữ chính hãng giá rẻ", ["Trắng - 36", "Đen - 37"]],
    ["Kem chống nắng chính hãng, nói KHÔNG với hàng f.a.k.e", []],
  ] as const) {
    const { page, host } = await openProduct(context, item(title), [...variants]);
    await expect(host).toHaveAttribute("data-level", "none");
    await page.close();
  }
});
