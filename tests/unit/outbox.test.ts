import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME } from "../../utils/db";
import {
  CLAIM_BATCH,
  claimDue,
  deleteEntry,
  enqueue,
  LEASE_MS,
  markRejected,
  markRetry,
  markSent,
  nextWakeAt,
  outboxCounts,
  retryNow,
} from "../../utils/delivery/outbox";
import { allReportEntries, countQueuedSince, latestForListing } from "../../utils/reports/report-entries";
import { casesOf } from "../../utils/sweep/cases";
import { type CaseReport, CaseReportSchema } from "../../utils/sweep/schema";
import { sampleReport } from "./report-fixture";

const INTAKE = "http://127.0.0.1:9/api/reports";

beforeEach(async () => {
  await closeDb();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = () => resolve();
  });
});
afterEach(() => closeDb());

describe("outbox", () => {
  it("queues a report once per id", async () => {
    const report = sampleReport();
    await enqueue(report, INTAKE, 1000);
    await enqueue({ ...report, note: "changed" }, INTAKE, 2000);
    expect(await outboxCounts()).toEqual({ queued: 1, sending: 0, sent: 0, rejected: 0 });
    const [claimed] = await claimDue(1000, 0);
    expect(claimed?.report).toMatchObject({ note: report.note });
  });

  it("claims only what is due, and a claimed entry is not claimed twice by the same worker", async () => {
    const a = sampleReport("a");
    const b = sampleReport("b");
    await enqueue(a, INTAKE, 1000);
    await enqueue(b, INTAKE, 1000);
    await markRetry(b.id, "down", 50_000);
    const first = await claimDue(2000, 0);
    expect(first.map((e) => e.id)).toEqual([a.id]);
    expect(first[0]).toMatchObject({ status: "sending", leaseAt: 2000 });
    expect(await claimDue(3000, 0)).toEqual([]);
    expect((await claimDue(50_000, 0)).map((e) => e.id)).toEqual([b.id]);
  });

  it("takes back an entry whose worker died mid-send: lease older than this worker, or expired", async () => {
    const report = sampleReport();
    await enqueue(report, INTAKE, 1000);
    await claimDue(1000, 0);
    // A new worker started at 1500 reclaims at once.
    expect((await claimDue(1600, 1500)).map((e) => e.id)).toEqual([report.id]);
    // The same worker reclaims only after the lease runs out.
    expect(await claimDue(1600 + LEASE_MS - 1, 1500)).toEqual([]);
    expect(await claimDue(1600 + LEASE_MS + 1, 1500)).toHaveLength(1);
  });

  it("records retries, deliveries and rejections with their reasons", async () => {
    const [a, b] = [sampleReport("a"), sampleReport("b")];
    await enqueue(a, INTAKE, 0);
    await enqueue(b, INTAKE, 0);
    await claimDue(0, 0);
    await markRetry(a.id, "HTTP 503", 10_000);
    expect(await nextWakeAt()).toBe(Math.min(10_000, LEASE_MS));
    await markRejected(b.id, "HTTP 400: thiếu thông tin");
    const [retried] = await claimDue(10_000, 0);
    expect(retried).toMatchObject({ attempts: 1, lastError: "HTTP 503" });
    await markSent(a.id, 11_000);
    expect(await outboxCounts()).toEqual({ queued: 0, sending: 0, sent: 1, rejected: 1 });
    expect(await nextWakeAt()).toBeUndefined();
  });

  it("claims a backlog a batch at a time, the earliest deadline first", async () => {
    const reports = Array.from({ length: CLAIM_BATCH + 5 }, (_, i) => sampleReport(`r${i}`));
    for (const [i, r] of reports.entries()) await enqueue(r, INTAKE, 1000 + (reports.length - i));
    const first = await claimDue(5000, 0);
    expect(first).toHaveLength(CLAIM_BATCH);
    expect(first[0]?.id).toBe(reports.at(-1)?.id);
    expect(await claimDue(5000, 0)).toHaveLength(5);
    expect(await claimDue(5000, 0)).toHaveLength(0);
  });

  it("lets a waiting report skip its backoff, and deletes only what is waiting or rejected", async () => {
    const [a, b, c] = [sampleReport("a"), sampleReport("b"), sampleReport("c")];
    for (const r of [a, b, c]) await enqueue(r, INTAKE, 0);
    await claimDue(0, 0);
    await markRetry(a.id, "down", 99_000);
    expect(await retryNow(a.id, 100)).toBe(true);
    expect((await claimDue(100, 0)).map((e) => e.id)).toEqual([a.id]);
    // b is being sent: neither retried nor deleted under its worker.
    expect(await retryNow(b.id, 100)).toBe(false);
    expect(await deleteEntry(b.id)).toBe(false);
    await markSent(b.id, 200, "accepted");
    expect(await deleteEntry(b.id)).toBe(false);
    await markRejected(c.id, "HTTP 400");
    expect(await deleteEntry(c.id)).toBe(true);
    expect((await allReportEntries()).map((e) => [e.id, e.status, e.intakeStatus])).toEqual(
      expect.arrayContaining([
        [a.id, "sending", undefined],
        [b.id, "sent", "accepted"],
      ]),
    );
  });

  it("finds the latest report of a listing and counts recent reports by when they were queued", async () => {
    const older = sampleReport("old");
    const newer = { ...sampleReport("new"), createdAt: "2026-11-25T02:00:00.000Z" };
    // A sender can write any `createdAt`: one dated years back is still counted when it was queued.
    const backdated = { ...sampleReport("backdated"), createdAt: "2001-01-01T00:00:00.000Z" };
    await enqueue(older, INTAKE, 1000);
    await enqueue(newer, INTAKE, 2000);
    await enqueue(backdated, INTAKE, 3000);
    expect((await latestForListing(older.listing.key))?.id).toBe(newer.id);
    expect(await latestForListing("shopee:0:0")).toBeUndefined();
    expect(await countQueuedSince(1500)).toBe(2);
    expect(await countQueuedSince(0)).toBe(3);
  });

  it("keeps a staff case apart: listed with its sweep, not in My reports, not in the consumer rate limit", async () => {
    const report = sampleReport("consumer");
    const staffCase: CaseReport = {
      kind: "case",
      id: "7d1f0c3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f",
      createdAt: report.createdAt,
      title: "Hồ sơ đồng hồ",
      note: "",
      sweep: {
        id: "0b6d8f2a-1c3e-4a5b-9c7d-2e4f6a8b0c1d",
        name: "Quét",
        inspectorId: "QLTT-01",
        unit: "Đội 3",
        purpose: "",
        startedAt: report.createdAt,
      },
      items: [
        {
          listing: report.listing,
          level: "caution",
          score: 40,
          reasons: [],
          pageUrl: report.evidence.pageUrl,
          firstSeenAt: report.createdAt,
          lastSeenAt: report.createdAt,
          seen: 1,
        },
      ],
      client: { name: "soi-hang", version: "0.1.0", locale: "vi" },
    };
    expect(CaseReportSchema.safeParse(staffCase).success).toBe(true);
    await enqueue(report, INTAKE, 0);
    await enqueue(staffCase, "http://127.0.0.1:9/api/cases", 0);
    expect((await allReportEntries()).map((e) => e.id)).toEqual([report.id]);
    expect((await casesOf(staffCase.sweep.id)).map((e) => e.id)).toEqual([staffCase.id]);
    expect(await countQueuedSince(0)).toBe(1);
    expect((await outboxCounts()).queued).toBe(2);
  });
});
