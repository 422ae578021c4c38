import "fake-indexeddb/auto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type IntakeServer, startIntakeServer } from "../../demo/intake-server";
import { closeDb, DB_NAME } from "../../utils/db";
import {
  BACKOFF_CAP_MS,
  backoffMs,
  createForwarder,
  RESCUE_MS,
  retryAfterMs,
  sendReport,
} from "../../utils/reports/forwarder";
import { enqueue, outboxCounts } from "../../utils/reports/outbox";
import type { OutboxEntry } from "../../utils/reports/outbox-entry";
import { sampleReport } from "./report-fixture";

describe("backoff", () => {
  it("doubles from 1-2 s with jitter and stops at the cap", () => {
    expect(backoffMs(1, () => 0)).toBe(1000);
    expect(backoffMs(1, () => 1)).toBe(2000);
    expect(backoffMs(3, () => 1)).toBe(8000);
    expect(backoffMs(40, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it("reads Retry-After as seconds or a date, and ignores nonsense", () => {
    expect(retryAfterMs("3", 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 0)).toBe(10_000);
    expect(retryAfterMs("soon", 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});

describe("sendReport against a real local intake", () => {
  let intake: IntakeServer;
  beforeAll(async () => {
    intake = await startIntakeServer({});
  });
  afterAll(() => intake.close());

  const entry = (intakeUrl = intake.url): OutboxEntry => {
    const report = sampleReport();
    return { id: report.id, report, intakeUrl, status: "sending", attempts: 0, nextAttemptAt: 0 };
  };

  it("delivers, and a second send of the same id is a 409 that still counts as delivered", async () => {
    intake.setMode({ kind: "accept" });
    const e = entry();
    expect(await sendReport(e, 0)).toEqual({ kind: "delivered", intakeStatus: "accepted" });
    expect(await sendReport(e, 0)).toEqual({ kind: "delivered", intakeStatus: "duplicate" });
    expect(intake.log.filter((l) => l.id === e.id).map((l) => l.status)).toEqual([201, 409]);
    expect(intake.reports.get(e.id)).toEqual(e.report);
  });

  it("retries 5xx and 429 with the server's Retry-After", async () => {
    intake.setMode({ kind: "status", status: 429, retryAfter: "7" });
    expect(await sendReport(entry(), 0)).toEqual({ kind: "retry", error: "HTTP 429", afterMs: 7000 });
    intake.setMode({ kind: "status", status: 500 });
    expect(await sendReport(entry(), 0)).toMatchObject({ kind: "retry", error: "HTTP 500" });
  });

  it("treats other 4xx as final, keeping the intake's reason", async () => {
    intake.setMode({ kind: "status", status: 422, body: { reason: "thiếu ảnh" } });
    expect(await sendReport(entry(), 0)).toEqual({ kind: "rejected", reason: "HTTP 422: thiếu ảnh" });
  });

  it("retries when nothing listens", async () => {
    const outcome = await sendReport(entry("http://127.0.0.1:9/api/reports"), 0);
    expect(outcome.kind).toBe("retry");
  });
});

describe("the forwarder's alarms", () => {
  beforeEach(async () => {
    await closeDb();
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = () => resolve();
    });
  });
  afterEach(() => closeDb());

  it("sets a rescue alarm before it sends, then its own next deadline after", async () => {
    const report = sampleReport();
    await enqueue(report, "http://127.0.0.1:9/api/reports", Date.now());
    const wakes: (number | undefined)[] = [];
    const forward = createForwarder({ workerStartedAt: Date.now(), schedule: (when) => wakes.push(when) });
    const before = Date.now();
    await forward();
    // A worker killed mid-run leaves the first alarm standing; a run that ends replaces it with the backoff.
    expect(wakes).toHaveLength(2);
    expect(wakes[0]).toBeGreaterThanOrEqual(before + RESCUE_MS);
    expect(wakes[1]).toBeLessThanOrEqual(Date.now() + 2000);
    expect((await outboxCounts()).queued).toBe(1);
  });
});
