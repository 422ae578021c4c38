import * as z from "zod/mini";
import { SubmissionStateSchema } from "../delivery/intake-protocol";
import { OutboxStatusSchema } from "../delivery/outbox-status";
import { WarningCategorySchema } from "../feed/schema";
import { LocalizedTextSchema } from "../localized";
import type { ReportEntry } from "./report-entries";

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

/** An outbox entry as "My reports" lists it, without the screenshot's bytes. */
export function reportSummary(entry: ReportEntry): ReportSummary {
  const { report } = entry;
  const screenshot = report.evidence.screenshot;
  return {
    id: entry.id,
    createdAt: report.createdAt,
    status: entry.status,
    title: report.listing.title,
    listingKey: report.listing.key,
    listingUrl: report.listing.url,
    category: report.category,
    ...(report.province ? { province: report.province } : {}),
    intakeUrl: entry.intakeUrl,
    ...(entry.hotline ? { hotline: entry.hotline } : {}),
    attempts: entry.attempts,
    nextAttemptAt: entry.nextAttemptAt,
    ...(entry.lastError ? { lastError: entry.lastError } : {}),
    ...(entry.sentAt ? { sentAt: entry.sentAt } : {}),
    ...(entry.intakeStatus ? { intakeStatus: entry.intakeStatus } : {}),
    ...(entry.receipt ? { receipt: entry.receipt.number } : {}),
    ...(entry.remote
      ? {
          remote: {
            state: entry.remote.state,
            changedAt: entry.remote.changedAt,
            ...(entry.remote.note ? { note: entry.remote.note } : {}),
          },
        }
      : {}),
    // base64 carries 3 bytes in 4 characters.
    ...(screenshot ? { screenshotBytes: Math.floor((screenshot.data.length * 3) / 4) } : {}),
  };
}
