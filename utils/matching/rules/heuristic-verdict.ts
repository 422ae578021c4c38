import type { Listing } from "../../sites/listing";
import { type TitleView, titleView } from "../title-view";
import { brandMentions } from "./brand-mentions";
import type { Heuristics } from "./heuristics";
import { lookalikeSignals } from "./lookalike";
import { priceFloorSignals } from "./price-floor";
import { prohibitedSignals } from "./prohibited";
import type { Signal } from "./signal";
import { slangSignals } from "./slang";
import { readListingText, readTitle, type TitleReading } from "./title-reading";
import { unofficialSellerSignals } from "./unofficial-seller";

export interface HeuristicResult {
  /** `caution` at or over the threshold, `danger` when a fired entry asks for it, else none. */
  level: "danger" | "caution" | "none";
  score: number;
  /** Every signal that fired, strongest first (also those too weak alone to raise the level). */
  signals: Signal[];
}

/** Runs every heuristic rule on one listing and adds up their weights, capped at 100. */
export function heuristicVerdict(
  listing: Listing,
  h: Heuristics,
  view: TitleView = titleView(listing.title, h.phrases),
  readings: readonly TitleReading[] = readTitle(view, h),
): HeuristicResult {
  const title = readings[0] as (typeof readings)[0];
  const named = brandMentions(title);
  const lookalikes = lookalikeSignals(title, h, named);
  // Slang and prohibited goods are read in everything the listing shows; brands, prices and sellers in its title.
  const rest = readListingText(listing, h);
  const all = rest.length > 0 ? [...readings, ...rest] : readings;
  const namesBrand = named.size > 0 || lookalikes.length > 0 || rest.some((r) => brandMentions(r).size > 0);
  const signals = [
    ...lookalikes,
    ...slangSignals(all, h, namesBrand),
    ...priceFloorSignals(listing, title.spelled ?? view.tokens, h, named),
    ...unofficialSellerSignals(listing, h, named),
    ...prohibitedSignals(all, h),
  ];
  if (signals.length === 0) return { level: "none", score: 0, signals };
  signals.sort((a, b) => b.weight - a.weight);
  const score = Math.min(
    100,
    signals.reduce((sum, s) => sum + s.weight, 0),
  );
  const level = signals.some((s) => s.danger) ? "danger" : score >= h.weights.cautionAt ? "caution" : "none";
  return { level, score, signals };
}
