import * as z from "zod/mini";
import "./zod-setup";
import { VerdictSummarySchema } from "./matching/verdict-summary";

/** What the feeds say of the platform a page belongs to, for the product page's banner. */
export const PlatformNoteSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  pledge: z.optional(z.object({ signed: z.boolean(), date: z.optional(z.string().check(z.maxLength(40))) })),
});
export type PlatformNote = z.infer<typeof PlatformNoteSchema>;

/** UI text by message key, for the content script's badges. */
const StringsSchema = z.record(z.string(), z.string().check(z.maxLength(2000)));

/**
 * The replies a content script checks. Apart from message-replies.ts so that the content scripts (60 KB
 * budget) bundle only these, not the schemas of feed status and settings.
 */
export const CONTENT_REPLIES = {
  /**
   * `verdicts` holds only the listings something is known of (level other than none); `refused`, the keys of
   * listings that broke the Listing contract and were not matched. Every other listing asked about has nothing
   * known: most of a page, which then costs no verdict to send, copy and check (60 calm Sendo listings: a
   * 9.5 KB reply before, 120 bytes now).
   */
  match: z.object({
    verdicts: z.array(VerdictSummarySchema),
    refused: z.array(z.string()),
    platform: z.optional(PlatformNoteSchema),
    strings: z.optional(StringsSchema),
  }),
  loadPanel: z.object({ loaded: z.boolean() }),
  getStrings: z.object({ strings: StringsSchema }),
} as const;
