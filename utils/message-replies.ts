import * as z from "zod/mini";
import "./zod-setup";
import { CaptureResultSchema } from "./capture/capture-result";
import { CONTENT_REPLIES } from "./content-replies";
import { OutboxCountsSchema, OutboxStatusSchema } from "./delivery/outbox-status";
import { ContactSchema, GuideSchema } from "./feed/schema";
import { FeedStatusSchema } from "./feed-store/feed-status";
import { LanguageSchema } from "./localized";
import { SiteVerdictSchema } from "./matching/site-verdict";
import { TabStatsSchema } from "./matching/tab-stats";
import { VerdictSchema } from "./matching/verdict";
import { SubmitReplySchema } from "./reports/submit-reply";
import { ReportSummarySchema } from "./reports/summary";
import { ListingSchema } from "./sites/listing";

/** The hotline to call: the remembered province's, from the feeds in force, else the national one. */
const HotlineSchema = z.object({ province: z.optional(z.string()), number: z.string() });

/** The verdict on a website, and whether the person let it through in this session. */
const SiteCheckSchema = z.object({
  verdict: z.optional(SiteVerdictSchema),
  allowed: z.boolean(),
  /** How to check a website (the feeds' guides on websites), offered with a caution. */
  guides: z.optional(z.array(GuideSchema).check(z.maxLength(3))),
});

/**
 * The replies of the protocol in utils/messages.ts, apart from the requests: senders (content scripts, pages)
 * check replies and need only these; requests are checked where they are received, in the background.
 */
export const REPLIES = {
  ...CONTENT_REPLIES,
  submitReport: SubmitReplySchema,
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
    /** The guides to genuine goods the verdict names, in its order. */
    guides: z.optional(z.array(GuideSchema).check(z.maxLength(3))),
    /** The hotline the panel offers after a warning (see getStatus). */
    hotline: HotlineSchema,
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
    /** The hotline to call: the remembered province's, from the feeds in force, else the national one. */
    hotline: HotlineSchema,
    tab: z.optional(TabStatsSchema),
    /** The website the tab shows, when something is known of it (a warning, a platform it passes for). */
    site: z.optional(SiteCheckSchema),
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
  siteWarning: z.object({ ...SiteCheckSchema.shape, hotline: HotlineSchema }),
  continueToSite: z.object({ allowed: z.boolean() }),
  siteAllowances: z.object({ sites: z.array(z.object({ host: z.string(), at: z.number() })) }),
  forgetSites: z.object({ forgotten: z.number() }),
  inspectSite: z.object({ pattern: z.string() }),
  inspectedSites: z.object({ patterns: z.array(z.string()) }),
  stopInspecting: z.object({ stopped: z.boolean() }),
} as const;
