import type { ReportSummary } from "../message-replies";
import type { ReportEntry } from "./outbox-entry";

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
