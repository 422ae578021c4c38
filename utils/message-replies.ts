import * as z from "zod/mini";
import "./zod-setup";
import { CONTENT_REPLIES } from "./content-replies";
import { FEED_ERRORS } from "./feed/errors";
import { LocalizedTextSchema } from "./localized";
import { PlatformSchema } from "./sites/listing";

const FeedStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  bundled: z.boolean(),
  enabled: z.boolean(),
  publisher: z.optional(LocalizedTextSchema),
  serial: z.optional(z.number()),
  sample: z.boolean(),
  syncedAt: z.optional(z.number()),
  expires: z.optional(z.string()),
  warnings: z.number(),
  lastError: z.optional(z.object({ error: z.enum(FEED_ERRORS), detail: z.string(), at: z.number() })),
  retryAt: z.optional(z.number()),
});
export type FeedStatus = z.infer<typeof FeedStatusSchema>;

const OutboxCountsSchema = z.object({
  queued: z.number(),
  sending: z.number(),
  sent: z.number(),
  rejected: z.number(),
});
export type OutboxCounts = z.infer<typeof OutboxCountsSchema>;

const TabStatsSchema = z.object({
  platform: z.optional(PlatformSchema),
  platformName: z.optional(z.string()),
  pledge: z.optional(
    z.object({ signed: z.boolean(), date: z.optional(z.string()), with: z.optional(LocalizedTextSchema) }),
  ),
  checked: z.number(),
  flagged: z.number(),
  official: z.number(),
});
export type TabStats = z.infer<typeof TabStatsSchema>;

/**
 * The replies of the protocol in utils/messages.ts, apart from the requests: senders (content scripts, pages)
 * check replies and need only these; requests are checked where they are received, in the background.
 */
export const REPLIES = {
  ...CONTENT_REPLIES,
  submitReport: z.object({ id: z.uuid(), intakeUrl: z.url() }),
  getStatus: z.object({
    feeds: z.array(FeedStatusSchema),
    outbox: OutboxCountsSchema,
    tab: z.optional(TabStatsSchema),
  }),
  syncFeed: z.object({ feeds: z.array(FeedStatusSchema) }),
} as const;
