import * as z from "zod/mini";
import { SourceSchema, WarningCategorySchema } from "../feed/schema";
import { LocalizedTextSchema } from "../localized";

import { LevelSchema } from "./verdict-summary";

export { type Level, LevelSchema, type VerdictSummary, VerdictSummarySchema } from "./verdict-summary";

/** Guides named per verdict: a brand's guide and its category's are the most a listing needs. */
export const MAX_GUIDES = 3;

export const ReasonSchema = z.object({
  code: z.enum([
    "warned_seller",
    "warned_listing",
    "warned_shop",
    "warned_domain",
    "warned_product",
    "slang",
    "price_floor",
    "brand_lookalike",
    "unofficial_seller",
    "prohibited_goods",
    "official_store",
  ]),
  text: LocalizedTextSchema,
  category: z.optional(WarningCategorySchema),
  source: z.optional(SourceSchema),
  /** The feed entry behind the reason, as `<publisher>:<warning id>`. */
  ref: z.optional(z.string().check(z.maxLength(200))),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const VerdictSchema = z.object({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  level: LevelSchema,
  score: z.number().check(z.gte(0), z.lte(100)),
  reasons: z.array(ReasonSchema).check(z.maxLength(20)),
  /** `<publisher id>@<serial>` of every feed consulted. */
  feeds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  /** True when a reason comes from a feed marked as sample data. */
  sample: z.boolean(),
  /** Ids of the guides to genuine goods the listing is in (information, whatever the level). */
  guides: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(MAX_GUIDES))),
});
export type Verdict = z.infer<typeof VerdictSchema>;
