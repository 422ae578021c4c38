import { getDb } from "../db";
import type { OutboxCounts } from "../messages";
import type { OutboxEntry, Report } from "./schema";

/** A claimed entry whose worker has not settled it within this time is taken to have died mid-send. */
export const LEASE_MS = 60_000;

export async function enqueue(report: Report, intakeUrl: string, now: number): Promise<OutboxEntry> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  // The report id is the idempotency key: enqueueing the same report twice keeps the first entry.
  const existing = await tx.store.get(report.id);
  const entry: OutboxEntry = existing ?? {
    id: report.id,
    report,
    intakeUrl,
    status: "queued",
    attempts: 0,
    nextAttemptAt: now,
  };
  if (!existing) await tx.store.put(entry);
  await tx.done;
  return entry;
}

/**
 * Atomically takes every entry that is due: queued ones past their backoff, and "sending" ones whose lease
 * predates this worker or has run out (their worker was killed between send and acknowledgement).
 */
export async function claimDue(now: number, workerStartedAt: number): Promise<OutboxEntry[]> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  const index = tx.store.index("status");
  const queued = (await index.getAll("queued")).filter((e) => e.nextAttemptAt <= now);
  const stale = (await index.getAll("sending")).filter(
    (e) => (e.leaseAt ?? 0) < workerStartedAt || (e.leaseAt ?? 0) + LEASE_MS < now,
  );
  const claimed = [...queued, ...stale].map((e): OutboxEntry => ({ ...e, status: "sending", leaseAt: now }));
  await Promise.all(claimed.map((e) => tx.store.put(e)));
  await tx.done;
  return claimed;
}

async function update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<void> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put(change(entry));
  await tx.done;
}

export const markSent = (id: string, now: number) =>
  update(id, (e) => ({ ...e, status: "sent", sentAt: now, leaseAt: undefined, lastError: undefined }));

export const markRejected = (id: string, reason: string) =>
  update(id, (e) => ({ ...e, status: "rejected", leaseAt: undefined, lastError: reason.slice(0, 500) }));

export const markRetry = (id: string, error: string, nextAttemptAt: number) =>
  update(id, (e) => ({
    ...e,
    status: "queued",
    attempts: e.attempts + 1,
    nextAttemptAt,
    leaseAt: undefined,
    lastError: error.slice(0, 500),
  }));

export async function outboxCounts(): Promise<OutboxCounts> {
  const db = await getDb();
  const count = (status: OutboxEntry["status"]) => db.countFromIndex("outbox", "status", status);
  const [queued, sending, sent, rejected] = await Promise.all([
    count("queued"),
    count("sending"),
    count("sent"),
    count("rejected"),
  ]);
  return { queued, sending, sent, rejected };
}

/** When the forwarder should next wake: the earliest backoff deadline, or a lease expiry. */
export async function nextWakeAt(): Promise<number | undefined> {
  const db = await getDb();
  const index = db.transaction("outbox").store.index("status");
  const times = [
    ...(await index.getAll("queued")).map((e) => e.nextAttemptAt),
    ...(await index.getAll("sending")).map((e) => (e.leaseAt ?? 0) + LEASE_MS),
  ];
  return times.length > 0 ? Math.min(...times) : undefined;
}
