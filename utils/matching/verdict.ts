import * as z from "zod/mini";
import { SourceSchema, WarningCategorySchema } from "../feed/schema";
import { LocalizedTextSchema } from "../localized";

export const LevelSchema = z.enum(["danger", "caution", "official", "none"]);
export type Level = z.infer<typeof LevelSchema>;

export const ReasonSchema = z.object({
  code: z.enum(["warned_seller", "warned_listing", "warned_product", "official_store"]),
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
});
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * What a content script reads of a verdict to draw a badge. It checks these on receipt and keeps the rest
 * unread; the panel checks the whole verdict (VerdictSchema) before it shows reasons and sources.
 */
export const VerdictSummarySchema = z.looseObject({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  level: LevelSchema,
});
export type VerdictSummary = z.infer<typeof VerdictSummarySchema>;
