import { browser } from "wxt/browser";
import { z } from "zod";
import { FEED_ERRORS } from "./feed/load";
import { LocalizedTextSchema } from "./localized";
import { VerdictSchema } from "./matching/verdict";
import { ReportSchema } from "./reports/schema";
import { ListingSchema, PlatformSchema } from "./sites/listing";

const FeedStatusSchema = z.object({
  url: z.string(),
  bundled: z.boolean(),
  publisher: LocalizedTextSchema.optional(),
  serial: z.number().optional(),
  sample: z.boolean(),
  syncedAt: z.number().optional(),
  expires: z.string().optional(),
  warnings: z.number(),
  lastError: z.object({ error: z.enum(FEED_ERRORS), detail: z.string(), at: z.number() }).optional(),
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
  platform: PlatformSchema.optional(),
  platformName: z.string().optional(),
  pledge: z
    .object({ signed: z.boolean(), date: z.string().optional(), with: LocalizedTextSchema.optional() })
    .optional(),
  checked: z.number(),
  flagged: z.number(),
  official: z.number(),
});
export type TabStats = z.infer<typeof TabStatsSchema>;

/**
 * The one protocol between content scripts, extension pages and the background. Each request and each reply
 * is parsed on receipt; a message that does not parse is refused, never half-handled.
 */
export const PROTOCOL = {
  match: {
    request: z.object({ pageUrl: z.url(), listings: z.array(ListingSchema).min(1).max(500) }),
    response: z.object({ verdicts: z.array(VerdictSchema) }),
  },
  submitReport: {
    request: z.object({ report: ReportSchema }),
    response: z.object({ id: z.uuid(), intakeUrl: z.url() }),
  },
  getStatus: {
    request: z.object({ tabId: z.number().int().optional() }),
    response: z.object({
      feed: FeedStatusSchema.optional(),
      outbox: OutboxCountsSchema,
      tab: TabStatsSchema.optional(),
    }),
  },
  syncFeed: {
    request: z.object({}),
    response: z.object({ feed: FeedStatusSchema.optional() }),
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type MessageRequest<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["request"]>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["response"]>;

export const EnvelopeSchema = z.object({
  soiHang: z.literal(1),
  name: z.enum(Object.keys(PROTOCOL) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export class MessageError extends Error {}

export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const request = PROTOCOL[name].request.parse(payload);
  const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload: request });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply`);
  if (!reply.data.ok) throw new MessageError(`${name}: ${reply.data.error}`);
  return PROTOCOL[name].response.parse(reply.data.data) as MessageResponse<N>;
}
