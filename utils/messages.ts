import * as z from "zod/mini";
import "./zod-setup";
import { REPLIES } from "./message-replies";
import { ReportSchema } from "./reports/schema";
import { CaseRequestSchema, MarkSchema, SweepStartSchema } from "./sweep/schema";

/** UI text by key, in the language of the settings (content scripts cannot read the settings). */
const StringsRequestSchema = z.object({
  keys: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
});

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
      // The batch holds a product page's own listing, whose banner shows what the feeds say of the platform.
      banner: z.optional(z.boolean()),
      // The text to draw badges, asked for with the first batches and answered only when there is something
      // to draw: a verdict other than none, or a banner.
      strings: z.optional(StringsRequestSchema),
    }),
    response: REPLIES.match,
  },
  /** Queues a report; the same listing reported before needs `confirmDuplicate`. */
  submitReport: {
    request: z.object({ report: ReportSchema, confirmDuplicate: z._default(z.boolean(), false) }),
    response: REPLIES.submitReport,
  },
  /** What the report form offers: provinces and their contacts, the remembered province, an earlier report. */
  reportSetup: {
    request: z.object({ listingKey: z.optional(z.string().check(z.maxLength(200))) }),
    response: REPLIES.reportSetup,
  },
  /** The visible part of a tab: the asking tab for content scripts, `tabId` for extension pages. */
  captureScreenshot: {
    request: z.object({ tabId: z.optional(z.int()) }),
    response: REPLIES.captureScreenshot,
  },
  /** Whether the optional screenshot permission was given (a badge click grants no activeTab). */
  canCapture: { request: z.object({}), response: REPLIES.canCapture },
  /** Opens the small page that asks for the screenshot permission (content scripts cannot ask themselves). */
  requestCapturePermission: { request: z.object({}), response: REPLIES.requestCapturePermission },
  listReports: { request: z.object({}), response: REPLIES.listReports },
  retryReports: {
    request: z.object({ ids: z.array(z.uuid()).check(z.maxLength(10_000)) }),
    response: REPLIES.retryReports,
  },
  deleteReport: { request: z.object({ id: z.uuid() }), response: REPLIES.deleteReport },
  /** My reports was opened: ask the intakes what became of the reports not yet decided (extension pages only). */
  refreshReportStatuses: { request: z.object({}), response: REPLIES.refreshReportStatuses },
  /** Where one report is in the outbox and its receipt, for the form's confirmation. */
  reportReceipt: { request: z.object({ id: z.uuid() }), response: REPLIES.reportReceipt },
  /** The listing of the product page open in a tab, as its content script read it. */
  pageListing: { request: z.object({ tabId: z.int() }), response: REPLIES.pageListing },
  // Staff sweep mode: only the extension's own pages (the side panel) may send these.
  startSweep: { request: SweepStartSchema, response: REPLIES.startSweep },
  pauseSweep: { request: z.object({}), response: REPLIES.pauseSweep },
  resumeSweep: { request: z.object({ id: z.uuid() }), response: REPLIES.resumeSweep },
  deleteSweep: { request: z.object({ id: z.uuid() }), response: REPLIES.deleteSweep },
  /** Sets the triage of listings; `mark: "none"` clears it; `note`, when given, replaces their notes. */
  markListings: {
    request: z.object({
      sweepId: z.uuid(),
      keys: z.array(z.string().check(z.maxLength(200))).check(z.minLength(1), z.maxLength(20_000)),
      mark: z.union([MarkSchema, z.literal("none")]),
      note: z.optional(z.string().check(z.maxLength(2000))),
    }),
    response: REPLIES.markListings,
  },
  /** Opens a recorded listing in a tab of `windowId`, captures it with address and time, and keeps the hashes. */
  captureEvidence: {
    request: z.object({
      sweepId: z.uuid(),
      key: z.string().check(z.maxLength(200)),
      windowId: z.optional(z.int()),
    }),
    response: REPLIES.captureEvidence,
  },
  /** Queues selected listings of a sweep, with their evidence and notes, as one case to the staff intake. */
  submitCase: { request: CaseRequestSchema, response: REPLIES.submitCase },
  getStatus: { request: z.object({ tabId: z.optional(z.int()) }), response: REPLIES.getStatus },
  syncFeed: { request: z.object({}), response: REPLIES.syncFeed },
  /**
   * A content script asks for a badge's panel: the background keeps what it is to show (the listing read, the
   * page's address, a screenshot the context menu took) and answers with the token the panel's frame (an
   * extension page the content script puts in its dialog) reads it by.
   */
  openPanel: {
    request: z.object({
      listing: z.optional(z.unknown()),
      entryPoint: z.enum(["badge", "context_menu"]),
      pageUrl: z.string().check(z.maxLength(4000)),
      pageTitle: z.string().check(z.maxLength(2000)),
    }),
    response: REPLIES.openPanel,
  },
  /** The panel's frame reads what it shows: only the frame of the tab that asked for it. */
  panelOpening: {
    request: z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)) }),
    response: REPLIES.panelOpening,
  },
  /** The panel's frame asks for a screenshot of its tab: the dialog is hidden around the capture. */
  panelCapture: {
    request: z.object({ token: z.string().check(z.maxLength(64)) }),
    response: REPLIES.panelCapture,
  },
  /** The panel's frame is done: its dialog closes. */
  closePanel: {
    request: z.object({ token: z.string().check(z.maxLength(64)) }),
    response: REPLIES.closePanel,
  },
  /** The warning page asks what it stands for: the verdict on the address its tab was opening. */
  siteWarning: {
    request: z.object({ url: z.string().check(z.maxLength(4000)) }),
    response: REPLIES.siteWarning,
  },
  /** "Tôi hiểu rủi ro, vẫn vào trang": only the warning page may send it; the site is let through for the session. */
  continueToSite: {
    request: z.object({ url: z.string().check(z.maxLength(4000)) }),
    response: REPLIES.continueToSite,
  },
  /** The warned sites let through in this session, for the settings. */
  siteAllowances: { request: z.object({}), response: REPLIES.siteAllowances },
  /** Forgets one site let through (or all, without `host`): it is warned about again. */
  forgetSites: {
    request: z.object({ host: z.optional(z.string().check(z.maxLength(253))) }),
    response: REPLIES.forgetSites,
  },
  /** "Soi trang này": read this site from now on (its permission was just given in the popup), the tab at once. */
  inspectSite: {
    request: z.object({ url: z.string().check(z.maxLength(4000)), tabId: z.optional(z.int()) }),
    response: REPLIES.inspectSite,
  },
  /** The sites the person asked Soi Hàng to read, for the settings. */
  inspectedSites: { request: z.object({}), response: REPLIES.inspectedSites },
  /** Stops reading one of them and gives its permission back. */
  stopInspecting: {
    request: z.object({ pattern: z.string().check(z.maxLength(300)) }),
    response: REPLIES.stopInspecting,
  },
  /** Some UI text in one language, so content scripts carry no catalog in their bundle. */
  getStrings: {
    request: StringsRequestSchema,
    response: REPLIES.getStrings,
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;

/**
 * The only messages a content script may send: a marketplace page (or a script running in it) reaches the
 * background through these and nothing else. Extension pages (popup, options, My reports, the side panel, the
 * badge panel's frame) may send any.
 */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageName[] = ["match", "getStrings", "openPanel"];
export type MessageRequest<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["request"]>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]["response"]>;

export const MESSAGE_NAMES = Object.keys(PROTOCOL) as [MessageName, ...MessageName[]];
