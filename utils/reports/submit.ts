import { enqueue } from "../delivery/outbox";
import { activeContacts } from "../feed-store/active-feed";
import { loadSettings, saveSettings } from "../settings";
import { countQueuedSince, latestForListing } from "./report-entries";
import { destinationFor, mergeContacts } from "./routing";
import type { Report } from "./schema";
import type { SubmitReply } from "./submit-reply";

/** A person reports a few listings at a time; more than this in the window is a stuck key or a script. */
export const REPORTS_PER_WINDOW = 10;
export const RATE_WINDOW_MS = 10 * 60_000;

/**
 * Puts a report in the outbox for the intake of its province (else the default intake). Asks first when the
 * same listing was reported before, and refuses beyond the client's rate limit; resubmitting a report already
 * queued (same id) is harmless.
 */
export async function submitReport(
  report: Report,
  confirmDuplicate: boolean,
  now: number,
): Promise<SubmitReply> {
  const previous = await latestForListing(report.listing.key);
  const resubmission = previous?.id === report.id;
  if (previous && !resubmission && !confirmDuplicate)
    return { status: "duplicate", id: report.id, previousAt: previous.report.createdAt };
  if (!resubmission) {
    const recent = await countQueuedSince(now - RATE_WINDOW_MS);
    if (recent >= REPORTS_PER_WINDOW)
      return { status: "rate_limited", id: report.id, retryAfterMinutes: RATE_WINDOW_MS / 60_000 };
  }
  const settings = await loadSettings();
  const destination = destinationFor(
    report.province,
    mergeContacts(await activeContacts()),
    settings.intakeUrl,
  );
  const province = destination.province ? { province: destination.province } : {};
  // Nowhere to send it: nothing is queued; the form offers the hotline and the evidence as a file instead.
  if (!destination.intakeUrl)
    return {
      status: "no_intake",
      id: report.id,
      ...province,
      ...(destination.hotline ? { hotline: destination.hotline } : {}),
    };
  const entry = await enqueue(report, destination.intakeUrl, now, { hotline: destination.hotline });
  if (report.province && report.province !== settings.reportProvince)
    await saveSettings({ reportProvince: report.province });
  return {
    status: "queued",
    id: report.id,
    intakeUrl: entry.intakeUrl,
    ...province,
    ...(entry.hotline ? { hotline: entry.hotline } : {}),
  };
}
