import * as z from "zod/mini";

export const LevelSchema = z.enum(["danger", "caution", "official", "none"]);
export type Level = z.infer<typeof LevelSchema>;

/**
 * What a content script reads of a verdict to draw a badge. It checks these on receipt and keeps the rest
 * unread; the panel checks the whole verdict (VerdictSchema) before it shows reasons and sources. Kept apart
 * from verdict.ts so that content scripts do not bundle the feed's schemas.
 */
export const VerdictSummarySchema = z.looseObject({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  level: LevelSchema,
});
export type VerdictSummary = z.infer<typeof VerdictSummarySchema>;
