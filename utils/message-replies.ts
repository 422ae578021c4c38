import * as z from "zod/mini";
import "./zod-setup";
import { CONTENT_REPLIES } from "./content-replies";
import { FEED_ERRORS } from "./feed/errors";
import { ContactSchema, WarningCategorySchema } from "./feed/schema";
import { LanguageSchema, LocalizedTextSchema } from "./localized";
import { VerdictSchema } from "./matching/verdict";
import { SubmissionStateSchema } from "./reports/intake-protocol";
import { OutboxStatusSchema, ScreenshotSchema } from "./reports/schema";
import { ListingSchema, PlatformSchema } from "./sites/listing";

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
  /** Whether the held copy is used: in force, past its expiry, or signed by a key no longer pinned. */
  held: z.optional(z.enum(["in_force", "expired", "key_removed"])),
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

/** A screenshot of the visible tab, or why there is none. */
export const CaptureResultSchema = z.union([
  z.object({ ok: z.literal(true), screenshot: ScreenshotSchema }),
  z.object({
    ok: z.literal(false),
    error: z.enum(["permission", "not_visible", "failed"]),
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type CaptureResult = z.infer<typeof CaptureResultSchema>;

/** One report as "My reports" lists it: everything but the screenshot's bytes. */
export const ReportSummarySchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  status: OutboxStatusSchema,
  title: z.string(),
  listingKey: z.string(),
  listingUrl: z.string(),
  category: WarningCategorySchema,
  province: z.optional(z.string()),
  intakeUrl: z.string(),
  hotline: z.optional(z.string()),
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastError: z.optional(z.string()),
  sentAt: z.optional(z.number()),
  intakeStatus: z.optional(z.string()),
  screenshotBytes: z.optional(z.number()),
  /** The intake's receipt number, once delivered to an intake that gives one. */
  receipt: z.optional(z.string()),
  /** What the office last said became of it. */
  remote: z.optional(
    z.object({ state: SubmissionStateSchema, changedAt: z.string(), note: z.optional(LocalizedTextSchema) }),
  ),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/**
 * The replies of the protocol in utils/messages.ts, apart from the requests: senders (content scripts, pages)
 * check replies and need only these; requests are checked where they are received, in the background.
 */
export const REPLIES = {
  ...CONTENT_REPLIES,
  submitReport: z.object({
    /** `no_intake`: nowhere to send it (no approved feed's intake for the province, none in settings). */
    status: z.enum(["queued", "duplicate", "rate_limited", "no_intake"]),
    id: z.uuid(),
    intakeUrl: z.optional(z.url()),
    province: z.optional(z.string()),
    hotline: z.optional(z.string()),
    /** When the same listing was reported before (status "duplicate"). */
    previousAt: z.optional(z.string()),
    retryAfterMinutes: z.optional(z.number()),
  }),
  reportSetup: z.object({
    contacts: z.array(ContactSchema),
    province: z.optional(z.string()),
    defaultIntake: z.optional(z.url()),
    previous: z.optional(z.object({ id: z.uuid(), createdAt: z.string(), status: OutboxStatusSchema })),
  }),
  captureScreenshot: CaptureResultSchema,
  canCapture: z.object({ granted: z.boolean() }),
  requestCapturePermission: z.object({ opened: z.boolean() }),
  listReports: z.object({ reports: z.array(ReportSummarySchema) }),
  retryReports: z.object({ retried: z.number() }),
  deleteReport: z.object({ deleted: z.boolean() }),
  refreshReportStatuses: z.object({ asked: z.number(), read: z.number() }),
  panelOpening: z.object({
    listing: z.optional(ListingSchema),
    verdict: z.optional(VerdictSchema),
    entryPoint: z.enum(["badge", "context_menu"]),
    pageUrl: z.string(),
    pageTitle: z.string(),
    capture: z.optional(CaptureResultSchema),
    language: LanguageSchema,
  }),
  panelCapture: CaptureResultSchema,
  closePanel: z.object({ closed: z.boolean() }),
  reportReceipt: z.object({
    status: z.optional(OutboxStatusSchema),
    receipt: z.optional(z.string()),
    lastError: z.optional(z.string()),
  }),
  pageListing: z.object({
    listing: z.optional(ListingSchema),
    pageUrl: z.optional(z.string()),
    pageTitle: z.optional(z.string()),
  }),
  getStatus: z.object({
    feeds: z.array(FeedStatusSchema),
    outbox: OutboxCountsSchema,
    tab: z.optional(TabStatsSchema),
  }),
  syncFeed: z.object({ feeds: z.array(FeedStatusSchema) }),
  startSweep: z.object({ id: z.uuid() }),
  pauseSweep: z.object({ paused: z.boolean() }),
  resumeSweep: z.object({ resumed: z.boolean() }),
  deleteSweep: z.object({ deleted: z.boolean() }),
  markListings: z.object({ changed: z.number() }),
  captureEvidence: z.union([
    z.object({ ok: z.literal(true), sha256: z.string(), listingSha256: z.string() }),
    z.object({
      ok: z.literal(false),
      error: z.enum(["permission", "not_visible", "failed"]),
      detail: z.string(),
    }),
  ]),
  submitCase: z.object({ id: z.uuid(), items: z.number(), intakeUrl: z.url() }),
} as const;
