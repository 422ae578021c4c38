import * as z from "zod/mini";

export const LevelSchema = z.enum(["danger", "caution", "official", "none"]);
export type Level = z.infer<typeof LevelSchema>;

/**
 * What a content script reads of a verdict to draw a badge; `detail` is the whole verdict, carried unread to the
 * panel, which checks it (VerdictSchema) before it shows reasons and sources. Kept apart from verdict.ts so
 * that content scripts do not bundle the feed's schemas, and a plain object (not a loose one) so that checking
 * hundreds per page does not copy every field.
 */
export const VerdictSummarySchema = z.object({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  level: LevelSchema,
  detail: z.unknown(),
});
export type VerdictSummary = z.infer<typeof VerdictSummarySchema>;
