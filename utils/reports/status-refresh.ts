import { isFinalState, SubmissionStatusSchema } from "../delivery/intake-protocol";
import { markRemoteStatus } from "../delivery/outbox";
import type { OutboxEntry, RemoteStatus } from "../delivery/outbox-entry";
import type { ReportEntry } from "./report-entries";
import { allReportEntries } from "./report-entries";

/** A report's status is followed this long after it was made; offices decide within weeks. */
export const FOLLOW_DAYS = 90;
/** The daily alarm asks again after this; opening My reports, after a few seconds (a page opened twice asks once). */
const RECHECK_MS = 20 * 3_600_000;
const RECHECK_ON_OPEN_MS = 5_000;
const TIMEOUT_MS = 15_000;
const PARALLEL = 4;

type Followed = ReportEntry & { receipt: NonNullable<OutboxEntry["receipt"]> };

/** Delivered, with a receipt, not yet decided, made within FOLLOW_DAYS and not asked about just now. */
export function isDue(entry: ReportEntry, now: number, onOpen: boolean): entry is Followed {
  if (entry.status !== "sent" || !entry.receipt) return false;
  if (entry.remote && isFinalState(entry.remote.state)) return false;
  if (now - Date.parse(entry.report.createdAt) > FOLLOW_DAYS * 86_400_000) return false;
  const last = entry.remote?.checkedAt ?? 0;
  return now - last >= (onOpen ? RECHECK_ON_OPEN_MS : RECHECK_MS);
}

/** One status read, with the receipt's token; undefined when the intake does not answer with one. */
export async function readStatus(entry: Followed, now: number): Promise<RemoteStatus | undefined> {
  let res: Response;
  try {
    res = await fetch(entry.receipt.statusUrl, {
      headers: { authorization: `Bearer ${entry.receipt.statusToken}` },
      credentials: "omit",
      cache: "no-store",
      // The token goes to the intake's own address only, never on to where a redirect points.
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return undefined;
  }
  if (!res.ok) return undefined;
  const status = SubmissionStatusSchema.safeParse(await res.json().catch(() => undefined));
  if (!status.success || status.data.receipt !== entry.receipt.number) return undefined;
  return {
    state: status.data.state,
    changedAt: status.data.changedAt,
    ...(status.data.note ? { note: status.data.note } : {}),
    checkedAt: now,
  };
}

/**
 * Asks each followed report's intake what became of it and keeps the answer. `onOpen`: My reports was opened,
 * so the person is looking now; otherwise the daily alarm.
 */
export async function refreshStatuses(
  now: number,
  onOpen: boolean,
): Promise<{ asked: number; read: number }> {
  const due = (await allReportEntries()).filter((e): e is Followed => isDue(e, now, onOpen));
  let read = 0;
  for (let i = 0; i < due.length; i += PARALLEL)
    await Promise.all(
      due.slice(i, i + PARALLEL).map(async (entry) => {
        const remote = await readStatus(entry, now);
        if (remote && (await markRemoteStatus(entry.id, remote))) read++;
      }),
    );
  return { asked: due.length, read };
}
