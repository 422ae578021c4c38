import type { BrowserContext } from "@playwright/test";
import type { DemoItem } from "../../demo/marketplace";
import { disguisedItem, disguisedKey, disguisedProductPage } from "./support/disguised-pages";
import { expect, test } from "./support/fixtures";
import { badgeText } from "./support/shadow";

// Listings written to slip past keyword filters, read by the built extension on product pages served at
// Shopee's address: what a seller hides in styled letters, invisible characters or a variant's name is read.

/** Opens the product page of `item`, with the variation buttons Shopee shows under its title. */
async function openProduct(context: BrowserContext, item: DemoItem, variants: readonly string[] = []) {
  const { url, body } = disguisedProductPage(item, variants);
  await context.route(url, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body }));
  const page = await context.newPage();
  await page.goto(url);
  const key = disguisedKey(item);
  const host = page.locator(`soi-hang-badge[data-listing="${key}"][data-banner]`);
  await expect(host).toBeVisible();
  return { page, host, key };
}

test("a counterfeit's title in bold letters with a zero-width space in the slang is read as written plainly", async ({
  context,
}) => {
  const item = disguisedItem("2390000001", "𝐓𝐮́𝐢 𝐂𝐡𝐚𝐧𝐞𝐥 𝐂𝐥𝐚𝐬𝐬𝐢𝐜 r\u200bep 1:1 da cừu");
  const { page, host, key } = await openProduct(context, item);
  await expect(host).toHaveAttribute("data-level", "caution");
  await expect.poll(() => badgeText(page, key, ".note")).toContain("rep 1:1");
});

test("slang hidden in a variant's name is read, and the banner says where it was", async ({ context }) => {
  const item = disguisedItem("2390000002", "Túi xách nữ da bò cao cấp");
  const { page, host, key } = await openProduct(context, item, ["Bản thường", "Bản Rep 1:1 fullbox"]);
  await expect(host).toHaveAttribute("data-level", "caution");
  await expect.poll(() => badgeText(page, key, ".note")).toContain("Tên phân loại hàng dùng từ lóng");
});

test("honest titles written the busy way stay calm: styled letters, sizes, and “chính hãng giá rẻ”", async ({
  context,
}) => {
  for (const [itemId, title, variants] of [
    ["2390000003", "𝐒𝐀𝐋𝐄 𝐒𝐎̂́𝐂 🔥 Áo thun nam cotton 100%", ["S/M/L", "XL"]],
    ["2390000004", "Giày sneaker nữ chính hãng giá rẻ", ["Trắng - 36", "Đen - 37"]],
    ["2390000005", "Kem chống nắng chính hãng, nói KHÔNG với hàng f.a.k.e", []],
  ] as const) {
    const { page, host } = await openProduct(context, disguisedItem(itemId, title), variants);
    await expect(host).toHaveAttribute("data-level", "none");
    await page.close();
  }
});
