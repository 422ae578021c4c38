import * as z from "zod/mini";

/** What the background answers when a report is submitted. */
export const SubmitReplySchema = z.object({
  /** `no_intake`: nowhere to send it (no approved feed's intake for the province, none in settings). */
  status: z.enum(["queued", "duplicate", "rate_limited", "no_intake"]),
  id: z.uuid(),
  intakeUrl: z.optional(z.url()),
  province: z.optional(z.string()),
  hotline: z.optional(z.string()),
  /** When the same listing was reported before (status "duplicate"). */
  previousAt: z.optional(z.string()),
  retryAfterMinutes: z.optional(z.number()),
});
export type SubmitReply = z.infer<typeof SubmitReplySchema>;
