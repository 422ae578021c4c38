import * as z from "zod/mini";

export const LevelSchema = z.enum(["danger", "caution", "official", "none"]);
export type Level = z.infer<typeof LevelSchema>;

/**
 * What a content script reads of a verdict to draw a badge; `detail` is the whole verdict, carried unread to the
 * panel, which checks it (VerdictSchema) before it shows reasons and sources. Kept apart from verdict.ts so
 * that content scripts do not bundle the feed's schemas, and a plain object (not a loose one) so that checking
 * hundreds per page does not copy every field. The key has no length check: it is one the page sent and the
 * background checked (the Listing contract), and zod's first length check in a page costs about 0.9 ms.
 */
export const VerdictSummarySchema = z.object({
  key: z.string(),
  level: LevelSchema,
  detail: z.unknown(),
});
export type VerdictSummary = z.infer<typeof VerdictSummarySchema>;
