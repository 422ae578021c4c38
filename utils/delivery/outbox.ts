import { getDb } from "../db";
import type { Deliverable, OutboxEntry } from "./outbox-entry";
import type { OutboxCounts, OutboxStatus } from "./outbox-status";

declare module "../db" {
  interface SoiHangDB {
    outbox: {
      key: string;
      value: OutboxEntry;
      indexes: {
        status: OutboxStatus;
        /** Queued entries in the order they fall due, so a backlog is read a batch at a time. */
        due: [OutboxStatus, number];
        /** Key paths into the bodies, for the parts that query by them (reports, sweeps). */
        listingKey: string;
        createdAt: string;
        /** When the background queued each entry (its own clock): the reports' rate limit counts by this. */
        queuedAt: number;
        sweepId: string;
      };
    };
  }
}

/** A claimed entry whose worker has not settled it within this time is taken to have died mid-send. */
export const LEASE_MS = 60_000;
/** Entries taken per claim: a backlog of a thousand reports (screenshots included) is never read at once. */
export const CLAIM_BATCH = 24;

export async function enqueue<Body extends Deliverable>(
  report: Body,
  intakeUrl: string,
  now: number,
  extra: Pick<OutboxEntry, "hotline"> = {},
): Promise<OutboxEntry<Body>> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  // The body's id is the idempotency key: enqueueing the same body twice keeps the first entry (the same
  // sender's body: ids are random UUIDs).
  const existing = (await tx.store.get(report.id)) as OutboxEntry<Body> | undefined;
  const entry: OutboxEntry<Body> = existing ?? {
    id: report.id,
    report,
    intakeUrl,
    status: "queued",
    attempts: 0,
    queuedAt: now,
    nextAttemptAt: now,
    ...(extra.hotline ? { hotline: extra.hotline } : {}),
  };
  if (!existing) await tx.store.put(entry);
  await tx.done;
  return entry;
}

const queuedUpTo = (time: number) => IDBKeyRange.bound(["queued", -Infinity], ["queued", time]);

/**
 * Atomically takes up to `limit` entries that are due: "sending" ones whose lease predates this worker or has run
 * out (their worker was killed between send and acknowledgement), then queued ones past their backoff, oldest
 * deadline first.
 */
export async function claimDue(
  now: number,
  workerStartedAt: number,
  limit = CLAIM_BATCH,
): Promise<OutboxEntry[]> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  const stale = (await tx.store.index("status").getAll("sending"))
    .filter((e) => (e.leaseAt ?? 0) < workerStartedAt || (e.leaseAt ?? 0) + LEASE_MS < now)
    .slice(0, limit);
  const queued =
    stale.length < limit ? await tx.store.index("due").getAll(queuedUpTo(now), limit - stale.length) : [];
  const claimed = [...stale, ...queued].map((e): OutboxEntry => ({ ...e, status: "sending", leaseAt: now }));
  await Promise.all(claimed.map((e) => tx.store.put(e)));
  await tx.done;
  return claimed;
}

async function update(id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  const entry = await tx.store.get(id);
  const next = entry && change(entry);
  if (next) await tx.store.put(next);
  await tx.done;
  return Boolean(next);
}

export const markSent = (id: string, now: number, intakeStatus?: string, receipt?: OutboxEntry["receipt"]) =>
  update(id, (e) => ({
    ...e,
    status: "sent",
    sentAt: now,
    leaseAt: undefined,
    lastError: undefined,
    ...(intakeStatus ? { intakeStatus: intakeStatus.slice(0, 50) } : {}),
    // A resend after a lost answer brings the receipt again (with a new token); an intake without receipts none.
    ...(receipt ? { receipt } : {}),
  }));

/** What the office said of a delivered report, when it was read. */
export const markRemoteStatus = (id: string, remote: NonNullable<OutboxEntry["remote"]>) =>
  update(id, (e) => (e.status === "sent" ? { ...e, remote } : undefined));

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

/** "Try now": a waiting report skips the rest of its backoff. Entries being sent are left to their worker. */
export const retryNow = (id: string, now: number) =>
  update(id, (e) => (e.status === "queued" ? { ...e, nextAttemptAt: now } : undefined));

/** Deletes a report that is waiting or was rejected; one being sent or already delivered stays on record. */
export async function deleteEntry(id: string): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction("outbox", "readwrite");
  const entry = await tx.store.get(id);
  const deletable = entry?.status === "queued" || entry?.status === "rejected";
  if (deletable) await tx.store.delete(id);
  await tx.done;
  return deletable;
}

export async function entryById(id: string): Promise<OutboxEntry | undefined> {
  return (await getDb()).get("outbox", id);
}

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
  const store = db.transaction("outbox").store;
  const first = await store.index("due").openCursor(queuedUpTo(Number.POSITIVE_INFINITY));
  const times = [
    ...(first ? [first.value.nextAttemptAt] : []),
    ...(await store.index("status").getAll("sending")).map((e) => (e.leaseAt ?? 0) + LEASE_MS),
  ];
  return times.length > 0 ? Math.min(...times) : undefined;
}
