import type { WarningCategory } from "../../feed/schema";
import type { LocalizedText } from "../../localized";

export type HeuristicCode =
  | "slang"
  | "price_floor"
  | "brand_lookalike"
  | "unofficial_seller"
  | "prohibited_goods";

/** One heuristic rule that fired, with what it adds to the score and the entry behind it. */
export interface Signal {
  code: HeuristicCode;
  weight: number;
  /** The publisher asked for `danger` (a prohibited-goods entry). */
  danger?: boolean;
  category: WarningCategory;
  text: LocalizedText;
  /** `<source>:<kind>:<entry>`: `builtin` or the feed's publisher id, and the entry behind the signal. */
  ref: string;
}
