import { foldText } from "../matching/normalize";
import type { Level } from "../matching/verdict";
import type { Platform } from "../sites/listing";
import type { Mark, SweepItem } from "./schema";

/** A recorded listing with what filtering needs folded once, not on every keystroke. */
export interface SweepRow {
  item: SweepItem;
  /** Title, seller, brand and key, folded (no marks, lower case): "hang gia" finds "Hàng giả". */
  text: string;
  seller: string;
  sellerKey: string;
  brand: string;
  price: number | undefined;
}

export interface SweepFilter {
  /** Levels shown; empty means all. */
  levels: readonly Level[];
  platform?: Platform;
  /** Part of the seller's name or id. */
  seller?: string;
  brand?: string;
  priceMin?: number;
  priceMax?: number;
  /** Words that must all appear, in any order, diacritics optional. */
  text?: string;
  mark?: Mark | "unmarked";
  /** One seller, as grouped (see sellerKeyOf). */
  sellerKey?: string;
}

export const SORT_KEYS = ["flagged", "lastSeen", "price", "title", "seller", "platform"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const LEVEL_RANK: Record<Level, number> = { danger: 3, caution: 2, none: 1, official: 0 };

/** The seller a listing groups under: its id on the platform, else its name, else "unknown". */
export function sellerKeyOf(item: SweepItem): string {
  const { platform, sellerId, sellerName } = item.listing;
  if (sellerId) return `${platform}:${sellerId}`;
  if (sellerName) return `${platform}:name:${foldText(sellerName)}`;
  return `${platform}:?`;
}

export function toRow(item: SweepItem): SweepRow {
  const { listing } = item;
  const seller = listing.sellerName ?? listing.sellerId ?? "";
  const brand = listing.brand ?? "";
  return {
    item,
    text: foldText(`${listing.title} ${seller} ${listing.sellerId ?? ""} ${brand} ${listing.key}`),
    seller: foldText(`${seller} ${listing.sellerId ?? ""}`),
    sellerKey: sellerKeyOf(item),
    brand: foldText(brand),
    price: listing.price,
  };
}

export function filterRows(rows: readonly SweepRow[], filter: SweepFilter): SweepRow[] {
  const levels = filter.levels.length > 0 ? new Set(filter.levels) : undefined;
  const words = filter.text ? foldText(filter.text).split(" ").filter(Boolean) : [];
  const seller = filter.seller ? foldText(filter.seller) : "";
  const brand = filter.brand ? foldText(filter.brand) : "";
  const { priceMin, priceMax, platform, mark, sellerKey } = filter;
  return rows.filter((row) => {
    const { item } = row;
    if (levels && !levels.has(item.level)) return false;
    if (platform && item.listing.platform !== platform) return false;
    if (sellerKey && row.sellerKey !== sellerKey) return false;
    if (mark && (mark === "unmarked" ? item.mark !== undefined : item.mark !== mark)) return false;
    if (seller && !row.seller.includes(seller)) return false;
    if (brand && !row.brand.includes(brand) && !row.text.includes(brand)) return false;
    if (priceMin !== undefined && (row.price === undefined || row.price < priceMin)) return false;
    if (priceMax !== undefined && (row.price === undefined || row.price > priceMax)) return false;
    for (const word of words) if (!row.text.includes(word)) return false;
    return true;
  });
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** How two rows compare for `key`, ascending. */
function comparator(key: SortKey): (a: SweepRow, b: SweepRow) => number {
  switch (key) {
    case "flagged":
      return (a, b) =>
        LEVEL_RANK[a.item.level] - LEVEL_RANK[b.item.level] || a.item.lastSeenAt - b.item.lastSeenAt;
    case "lastSeen":
      return (a, b) => a.item.lastSeenAt - b.item.lastSeenAt;
    case "price":
      return (a, b) => (a.price ?? 0) - (b.price ?? 0);
    case "title":
      return (a, b) => collator.compare(a.item.listing.title, b.item.listing.title);
    case "seller":
      return (a, b) => collator.compare(a.seller, b.seller);
    case "platform":
      return (a, b) => a.item.listing.platform.localeCompare(b.item.listing.platform);
  }
}

/** Sorted copy; "flagged" puts danger first, then caution, then the most recently read. */
export function sortRows(rows: readonly SweepRow[], key: SortKey, descending: boolean): SweepRow[] {
  const sign = descending ? -1 : 1;
  const compare = comparator(key);
  // Listings without a price go last whichever way prices are sorted.
  const unpricedLast = key === "price";
  return [...rows].sort((a, b) => {
    if (unpricedLast && (a.price === undefined) !== (b.price === undefined))
      return a.price === undefined ? 1 : -1;
    return compare(a, b) * sign;
  });
}

/**
 * The name each seller was shown under on any page of the sweep, by seller: a search card that gives only the
 * shop's id still shows the name a product or shop page gave for that id.
 */
export function sellerNames(rows: readonly SweepRow[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { item, sellerKey } of rows)
    if (item.listing.sellerName) names.set(sellerKey, item.listing.sellerName);
  return names;
}

export interface SellerGroup {
  sellerKey: string;
  platform: Platform;
  /** The seller's id on the platform, when the pages gave one. */
  sellerId?: string;
  /** The name shown, or the id when no page showed the name. */
  label: string;
  sellerUrl?: string;
  count: number;
  /** Caution and danger listings. */
  flagged: number;
  danger: number;
  keys: string[];
}

/** Listings grouped by seller, the sellers with most flagged listings first, then the most listings. */
export function groupBySeller(rows: readonly SweepRow[]): SellerGroup[] {
  const groups = new Map<string, SellerGroup>();
  for (const { item, sellerKey } of rows) {
    const { listing } = item;
    let group = groups.get(sellerKey);
    if (!group) {
      group = {
        sellerKey,
        platform: listing.platform,
        label: listing.sellerName ?? listing.sellerId ?? "",
        ...(listing.sellerId ? { sellerId: listing.sellerId } : {}),
        count: 0,
        flagged: 0,
        danger: 0,
        keys: [],
      };
      groups.set(sellerKey, group);
    }
    // A product page names the seller that a search card left out.
    if (listing.sellerName) group.label = listing.sellerName;
    if (listing.sellerUrl) group.sellerUrl = listing.sellerUrl;
    group.count++;
    if (item.level === "danger" || item.level === "caution") group.flagged++;
    if (item.level === "danger") group.danger++;
    group.keys.push(item.key);
  }
  return [...groups.values()].sort(
    (a, b) => b.flagged - a.flagged || b.count - a.count || a.sellerKey.localeCompare(b.sellerKey),
  );
}
