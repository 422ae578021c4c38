import { z } from "zod";
import { SourceSchema, WarningCategorySchema } from "../feed/schema";
import { LocalizedTextSchema } from "../localized";

export const LevelSchema = z.enum(["danger", "caution", "official", "none"]);
export type Level = z.infer<typeof LevelSchema>;

export const ReasonSchema = z.object({
  code: z.enum(["warned_seller", "warned_listing", "warned_product", "official_store"]),
  text: LocalizedTextSchema,
  category: WarningCategorySchema.optional(),
  source: SourceSchema.optional(),
  /** The feed entry behind the reason, as `<publisher>:<warning id>`. */
  ref: z.string().max(200).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const VerdictSchema = z.object({
  key: z.string().min(3).max(200),
  level: LevelSchema,
  score: z.number().min(0).max(100),
  reasons: z.array(ReasonSchema).max(20),
  /** `<publisher id>@<serial>` of every feed consulted. */
  feeds: z.array(z.string().max(200)).max(20),
  /** True when a reason comes from a feed marked as sample data. */
  sample: z.boolean(),
});
export type Verdict = z.infer<typeof VerdictSchema>;
