import { getDb } from "../db";
import type { OutboxEntry } from "../delivery/outbox-entry";
import type { Report } from "./schema";

/** An outbox entry that carries a consumer's report, as "My reports" and the duplicate guard read them. */
export type ReportEntry = OutboxEntry<Report>;

/**
 * Whether an entry carries a consumer's report: staff cases say `kind: "case"`, reports carry no `kind`. Every
 * body was validated before it was queued (the background's router parses reports, builds cases itself).
 */
export const isReportEntry = (entry: OutboxEntry): entry is ReportEntry => !("kind" in entry.report);

/** Every consumer report, newest first (staff cases are listed with their sweep). */
export async function allReportEntries(): Promise<ReportEntry[]> {
  const db = await getDb();
  return (await db.getAllFromIndex("outbox", "createdAt")).reverse().filter(isReportEntry);
}

/** The latest report about a listing, for the "already reported" question. */
export async function latestForListing(key: string): Promise<ReportEntry | undefined> {
  const db = await getDb();
  const entries = (await db.getAllFromIndex("outbox", "listingKey", key)).filter(isReportEntry);
  return entries.sort((a, b) => b.report.createdAt.localeCompare(a.report.createdAt))[0];
}

/**
 * Consumer reports queued at or after `since` (epoch ms, the background's clock: a report's own `createdAt` is
 * whatever its sender wrote), for the client's rate limit; staff cases do not count.
 */
export async function countQueuedSince(since: number): Promise<number> {
  const db = await getDb();
  const recent = await db.getAllFromIndex("outbox", "queuedAt", IDBKeyRange.lowerBound(since));
  return recent.filter(isReportEntry).length;
}
