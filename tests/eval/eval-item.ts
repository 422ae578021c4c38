import type { Level } from "../../utils/matching/verdict";
import type { Listing } from "../../utils/sites/listing";

/**
 * Which part of the labelled set a listing belongs to: real pages, the part rules were tuned on, the part held
 * apart, and the disguised listings written by hand (held apart too).
 */
export type EvalPart = "real" | "tuning" | "held-out" | "disguised";

/** A labelled listing: the level a careful reader would give it, and for flags the rule that should say so. */
export interface EvalItem {
  listing: Listing;
  expected: Level;
  /** The reason code that should fire (for `danger` and `caution`). */
  rule?: string;
  part: EvalPart;
}

let serial = 0;

/** A written listing (labelled synthetic in its key) on a Vietnamese marketplace. */
export function written(title: string, price: number | undefined, extra: Partial<Listing> = {}): Listing {
  serial++;
  const platform = extra.platform ?? "shopee";
  return {
    platform,
    key: extra.key ?? `${platform}:synthetic-${serial}`,
    url: extra.url ?? `https://shopee.vn/synthetic-i.1.${serial}`,
    title,
    ...(price === undefined ? {} : { price }),
    currency: "VND",
    pageKind: "search",
    ...extra,
  };
}
