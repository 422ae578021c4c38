import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { FEED_ERRORS } from "./feed/load";
import { PledgeSchema } from "./feed/schema";
import { LanguageSchema, LocalizedTextSchema } from "./localized";
import { VerdictSummarySchema } from "./matching/verdict";
import { ReportSchema } from "./reports/schema";
import { PlatformSchema } from "./sites/listing";

// Extension pages and content scripts forbid eval; without this zod probes `new Function` and falls back slowly.
z.config({ jitless: true });

const FeedStatusSchema = z.object({
  url: z.string(),
  bundled: z.boolean(),
  publisher: z.optional(LocalizedTextSchema),
  serial: z.optional(z.number()),
  sample: z.boolean(),
  syncedAt: z.optional(z.number()),
  expires: z.optional(z.string()),
  warnings: z.number(),
  lastError: z.optional(z.object({ error: z.enum(FEED_ERRORS), detail: z.string(), at: z.number() })),
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
  pledge: z.optional(PledgeSchema),
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
    // Listings come from page content: the background parses each on its own and drops only a bad one, not
    // the whole batch.
    request: z.object({
      pageUrl: z.url(),
      listings: z.array(z.unknown()).check(z.minLength(1), z.maxLength(500)),
    }),
    response: z.object({ verdicts: z.array(VerdictSummarySchema) }),
  },
  submitReport: {
    request: z.object({ report: ReportSchema }),
    response: z.object({ id: z.uuid(), intakeUrl: z.url() }),
  },
  getStatus: {
    request: z.object({ tabId: z.optional(z.int()) }),
    response: z.object({
      feed: z.optional(FeedStatusSchema),
      outbox: OutboxCountsSchema,
      tab: z.optional(TabStatsSchema),
    }),
  },
  syncFeed: {
    request: z.object({}),
    response: z.object({ feed: z.optional(FeedStatusSchema) }),
  },
  /** Injects the badge panel (Preact, report form) into the asking frame, the first time one is opened. */
  loadPanel: {
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /** UI text for one language, so content scripts do not carry every catalog in their bundle. */
  getStrings: {
    request: z.object({ language: LanguageSchema }),
    response: z.object({ strings: z.record(z.string(), z.string().check(z.maxLength(2000))) }),
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
  // Requests are parsed where they are received (the background), replies here: each side checks what it gets.
  const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply`);
  if (!reply.data.ok) throw new MessageError(`${name}: ${reply.data.error}`);
  const start = performance.now();
  const response = PROTOCOL[name].response.parse(reply.data.data) as MessageResponse<N>;
  performance.measure(`soi-hang:reply:${name}`, { start, end: performance.now() });
  return response;
}
