import * as z from "zod/mini";
import "./zod-setup";
import { VerdictSummarySchema } from "./matching/verdict-summary";

/** What the feeds say of the platform a page belongs to, for the product page's banner. */
export const PlatformNoteSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  pledge: z.optional(z.object({ signed: z.boolean(), date: z.optional(z.string().check(z.maxLength(40))) })),
});
export type PlatformNote = z.infer<typeof PlatformNoteSchema>;

/**
 * The replies a content script checks. Apart from message-replies.ts so that the content scripts (60 KB
 * budget) bundle only these, not the schemas of feed status and settings.
 */
export const CONTENT_REPLIES = {
  match: z.object({ verdicts: z.array(VerdictSummarySchema), platform: z.optional(PlatformNoteSchema) }),
  loadPanel: z.object({ loaded: z.boolean() }),
  getStrings: z.object({ strings: z.record(z.string(), z.string().check(z.maxLength(2000))) }),
} as const;
