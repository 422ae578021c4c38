import * as z from "zod/mini";

/**
 * Messages from the background to a tab's content script. Checked on receipt like every other message; only
 * the extension's own background sends them (runtime messages to a tab come from the extension itself).
 */
// One flat object rather than a discriminated union: content scripts carry every byte of zod they use.
export const TabMessageSchema = z.object({
  soiHangTab: z.literal(1),
  name: z.enum(["pageListing", "openReport", "hidePanel", "showPanel", "closePanel", "languageChanged"]),
  /** openReport: what the menu was opened on. */
  linkUrl: z.optional(z.string().check(z.maxLength(4000))),
  srcUrl: z.optional(z.string().check(z.maxLength(4000))),
});
export type TabMessage = z.infer<typeof TabMessageSchema>;

/** The content script's answer to `pageListing`: the product page's own listing, checked by the background. */
export const PageListingReplySchema = z.object({
  listing: z.optional(z.unknown()),
  pageUrl: z.string(),
  pageTitle: z.string(),
});
