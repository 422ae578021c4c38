import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Listing } from "../../utils/sites/listing";
import type { EvalItem } from "./eval-item";

// Real listings from saved marketplace data (tests/fixtures/real): honest goods, by the saved pages' own
// sellers. Official stores on platforms that signed the pledge are labelled `official`, the rest `none`.
const real = (file: string): unknown =>
  JSON.parse(readFileSync(resolve("tests/fixtures/real", file), "utf8"));

function item(listing: Listing): EvalItem {
  // Every platform here signed the pledge in the bundled feed (only Facebook has not).
  const pledged = listing.platform !== "facebook";
  return { listing, expected: listing.official && pledged ? "official" : "none", part: "real" };
}

export function realListings(): EvalItem[] {
  const out: EvalItem[] = [];
  const shopee = (
    real("shopee-vn_api-v4-recommend_daily-discover_2023-02.json") as {
      data: {
        sections: {
          data: {
            item: {
              itemid: number;
              shopid: number;
              name: string;
              price_max: number;
              is_official_shop: boolean;
            }[];
          };
        }[];
      };
    }
  ).data.sections[0]?.data.item;
  for (const i of shopee ?? [])
    out.push(
      item({
        platform: "shopee",
        key: `shopee:${i.shopid}:${i.itemid}`,
        url: `https://shopee.vn/product/${i.shopid}/${i.itemid}`,
        title: i.name,
        price: i.price_max / 100000,
        currency: "VND",
        sellerId: String(i.shopid),
        official: i.is_official_shop,
        pageKind: "feed",
      }),
    );
  const lazada = real("lazada-vn_shop-ajax-listItems_zinus-official-store_2021-09_FIELD-SUBSET.json") as {
    name: string;
    itemId: string;
    priceShow: string;
    sellerId: string;
  }[];
  for (const i of lazada)
    out.push(
      item({
        platform: "lazada",
        key: `lazada:${i.itemId}`,
        url: `https://www.lazada.vn/products/i${i.itemId}.html`,
        title: i.name,
        price: Number(i.priceShow.replace(/\D/g, "")),
        currency: "VND",
        sellerId: i.sellerId,
        official: true,
        pageKind: "shop",
      }),
    );
  const tiki = (
    real("tiki-vn_api-v2-products_search-laptop-asus_2021-12.json") as {
      data: { id: number; name: string; price: number; badges_new?: { code: string }[] }[];
    }
  ).data;
  for (const i of tiki)
    out.push(
      item({
        platform: "tiki",
        key: `tiki:${i.id}`,
        url: `https://tiki.vn/p${i.id}.html`,
        title: i.name,
        price: i.price,
        currency: "VND",
        official: i.badges_new?.some((b) => b.code === "official_store") ?? false,
        pageKind: "search",
      }),
    );
  const sendo = real("sendo-vn_category-listing-api-items_2023-07_EXTRACTED-FROM-TS.json") as {
    type: string;
    item?: { product_id: number; name: string; final_price: number; is_shop_plus?: boolean };
  }[];
  for (const e of sendo) {
    if (e.type !== "SKU" || !e.item) continue;
    out.push(
      item({
        platform: "sendo",
        key: `sendo:${e.item.product_id}`,
        url: `https://www.sendo.vn/p-${e.item.product_id}.html`,
        title: e.item.name,
        price: e.item.final_price,
        currency: "VND",
        // A category card shows no seller: the extension reads none there.
        official: e.item.is_shop_plus ?? false,
        pageKind: "category",
      }),
    );
  }
  return out;
}
