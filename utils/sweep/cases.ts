import { getDb } from "../db";
import type { OutboxEntry } from "../delivery/outbox-entry";
import type { CaseReport } from "./schema";

/** An outbox entry that carries a staff case. */
export type CaseEntry = OutboxEntry<CaseReport>;

/** Whether an entry carries a staff case (built by the background, so its `kind` is its own word). */
export const isCaseEntry = (entry: OutboxEntry): entry is CaseEntry =>
  "kind" in entry.report && entry.report.kind === "case";

/** A sweep's cases, newest first. */
export async function casesOf(sweepId: string): Promise<CaseEntry[]> {
  const db = await getDb();
  const entries = (await db.getAllFromIndex("outbox", "sweepId", sweepId)).filter(isCaseEntry);
  return entries.sort((a, b) => b.report.createdAt.localeCompare(a.report.createdAt));
}
