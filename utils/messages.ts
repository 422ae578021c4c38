import * as z from "zod/mini";
import "./zod-setup";
import { LanguageSchema } from "./localized";
import { REPLIES } from "./message-replies";
import { ReportSchema } from "./reports/schema";

export type { FeedStatus, OutboxCounts, TabStats } from "./message-replies";

/**
 * The one protocol between content scripts, extension pages and the background. Each request and each reply
 * is parsed on receipt; a message that does not parse is refused, never half-handled. Replies live in
 * message-replies.ts so that senders bundle only what they check.
 */
export const PROTOCOL = {
  match: {
    // Listings come from page content: the background parses each on its own and drops only a bad one, not
    // the whole batch.
    request: z.object({
      pageUrl: z.url(),
      listings: z.array(z.unknown()).check(z.minLength(1), z.maxLength(500)),
    }),
    response: REPLIES.match,
  },
  submitReport: { request: z.object({ report: ReportSchema }), response: REPLIES.submitReport },
  getStatus: { request: z.object({ tabId: z.optional(z.int()) }), response: REPLIES.getStatus },
  syncFeed: { request: z.object({}), response: REPLIES.syncFeed },
  /** Injects the badge panel (Preact, report form) into the asking frame, the first time one is opened. */
  loadPanel: { request: z.object({}), response: REPLIES.loadPanel },
  /** Some UI text in one language, so content scripts carry no catalog in their bundle. */
  getStrings: {
    request: z.object({
      language: LanguageSchema,
      keys: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
    }),
    response: REPLIES.getStrings,
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type MessageRequest<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["request"]>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["response"]>;

export const MESSAGE_NAMES = Object.keys(PROTOCOL) as [MessageName, ...MessageName[]];
