import { disguisedItem, disguisedKey, disguisedProductPage } from "../e2e/support/disguised-pages";
import { badgeLevels, openServed, poll } from "./support/firefox";
import { expect, test } from "./support/fixtures";

// The Chromium suite's disguised listings (tests/e2e/disguised.spec.ts), read by the add-on in Firefox.

for (const [name, item, variants, level] of [
  [
    "bold letters and a zero-width space",
    disguisedItem("2390000101", "𝐓𝐮́𝐢 𝐂𝐡𝐚𝐧𝐞𝐥 𝐂𝐥𝐚𝐬𝐬𝐢𝐜 r\u200bep 1:1 da cừu"),
    [],
    "caution",
  ],
  [
    "slang in a variant's name",
    disguisedItem("2390000102", "Túi xách nữ da bò cao cấp"),
    ["Bản thường", "Bản Rep 1:1"],
    "caution",
  ],
  [
    "an honest title, “chính hãng giá rẻ”",
    disguisedItem("2390000103", "Giày sneaker nữ chính hãng giá rẻ"),
    ["Trắng - 36"],
    "none",
  ],
] as const) {
  test(`Firefox reads a product page with ${name}`, async ({ firefox }) => {
    const served = disguisedProductPage(item, variants);
    const page = await openServed(firefox, served.url, [served]);
    const key = disguisedKey(item);
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
