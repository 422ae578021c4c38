import type { Level } from "../matching/verdict";
import type { Platform } from "../sites/listing";
import { groupBySeller, type SellerGroup, toRow } from "./query";
import type { SweepItem } from "./schema";

export const LEVELS: readonly Level[] = ["danger", "caution", "none", "official"];

export interface SweepSummary {
  total: number;
  byLevel: Record<Level, number>;
  /** Per platform, its listings by level; platforms with most listings first. */
  byPlatform: { platform: Platform; total: number; byLevel: Record<Level, number> }[];
  marked: number;
  withEvidence: number;
  topSellers: SellerGroup[];
}

const emptyLevels = (): Record<Level, number> => ({ danger: 0, caution: 0, none: 0, official: 0 });

/** The counts of the printable summary: per platform and level, and the sellers with most flagged listings. */
export function summarise(items: readonly SweepItem[], topSellers = 10): SweepSummary {
  const byLevel = emptyLevels();
  const platforms = new Map<Platform, { total: number; byLevel: Record<Level, number> }>();
  let marked = 0;
  let withEvidence = 0;
  for (const item of items) {
    byLevel[item.level]++;
    const platform = item.listing.platform;
    const entry = platforms.get(platform) ?? { total: 0, byLevel: emptyLevels() };
    entry.total++;
    entry.byLevel[item.level]++;
    platforms.set(platform, entry);
    if (item.mark) marked++;
    if (item.evidence) withEvidence++;
  }
  return {
    total: items.length,
    byLevel,
    byPlatform: [...platforms.entries()]
      .map(([platform, e]) => ({ platform, ...e }))
      .sort((a, b) => b.total - a.total),
    marked,
    withEvidence,
    topSellers: groupBySeller(items.map(toRow))
      .filter((g) => g.flagged > 0)
      .slice(0, topSellers),
  };
}
