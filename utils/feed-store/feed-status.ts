import * as z from "zod/mini";
import { FEED_ERRORS } from "../feed/errors";
import { LocalizedTextSchema } from "../localized";

/** One subscription's feed as the popup and the options show it. */
export const FeedStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  bundled: z.boolean(),
  enabled: z.boolean(),
  publisher: z.optional(LocalizedTextSchema),
  serial: z.optional(z.number()),
  sample: z.boolean(),
  syncedAt: z.optional(z.number()),
  /** Whether the held copy is used: in force, past its expiry, or signed by a key no longer pinned. */
  held: z.optional(z.enum(["in_force", "expired", "key_removed"])),
  expires: z.optional(z.string()),
  warnings: z.number(),
  lastError: z.optional(z.object({ error: z.enum(FEED_ERRORS), detail: z.string(), at: z.number() })),
  retryAt: z.optional(z.number()),
});
export type FeedStatus = z.infer<typeof FeedStatusSchema>;
