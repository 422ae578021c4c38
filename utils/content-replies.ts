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
 * UI text for the content script's badges: one text per key asked for, in the order asked (see textsByKey). A
 * list, not a record by key: zod checks a first list far faster than a first record in a fresh page.
 */
const TextsSchema = z.array(z.string());

/**
 * The replies a content script checks. Apart from message-replies.ts so that the content scripts (60 KB
 * budget) bundle only these, not the schemas of feed status and settings.
 *
 * A page checks its first reply cold: zod's code for each kind of schema is compiled and run for the first time
 * then. That took 2.7–3.2 ms of CPU, a sixth of a 60-card page's work, before this shape (1.4–1.7 ms after). So
 * the reply a search page gets uses few kinds (objects, lists, strings, an enum), and no length checks: the
 * background made every field of it, from listings it checked itself. The platform's note, with its checks,
 * comes only with a product page's own listing.
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
    /** With a banner: the keys of the batch's listings that a guide to genuine goods is for. */
    guided: z.optional(z.array(z.string())),
    strings: z.optional(TextsSchema),
    /** The language of `strings` (the settings'), for the dates the banner writes. */
    language: z.optional(z.enum(["vi", "en"])),
  }),
  /** `inWindow`: the panel opened as a window of its own (a site the frame may not be drawn on). */
  openPanel: z.object({ token: z.string(), inWindow: z.optional(z.boolean()) }),
  getStrings: z.object({ strings: TextsSchema, language: z.enum(["vi", "en"]) }),
} as const;

export type ContentReply<N extends keyof typeof CONTENT_REPLIES> = z.infer<(typeof CONTENT_REPLIES)[N]>;
