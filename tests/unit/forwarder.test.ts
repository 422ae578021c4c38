import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME } from "../../utils/db";
import {
  BACKOFF_CAP_MS,
  backoffMs,
  createForwarder,
  RESCUE_MS,
  receiptOf,
  retryAfterMs,
  sendEntry,
} from "../../utils/delivery/forwarder";
import { enqueue, outboxCounts } from "../../utils/delivery/outbox";
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

describe("an intake's receipt", () => {
  const id = "7b7c3e52-5a7e-4a43-9c2f-1f0b5b0f6d11";
  const answer = {
    id,
    status: "accepted",
    receipt: "SH-2026-000123",
    statusUrl: "/api/status/SH-2026-000123",
    statusToken: "tA2pYbKq5Dk9oVZr0cWm3nXfLs7HgJu1eQiR4yTzB8w",
  };
  const intake = "https://qltt.example.vn/api/reports/hanoi";

  it("is kept with its status address resolved against the intake", () => {
    expect(receiptOf(answer, intake, id)).toEqual({
      number: "SH-2026-000123",
      statusUrl: "https://qltt.example.vn/api/status/SH-2026-000123",
      statusToken: answer.statusToken,
    });
  });

  it("is ignored when it is for another report, malformed, or points the token at another origin", () => {
    expect(receiptOf(answer, intake, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(receiptOf({ ...answer, receipt: "<b>1</b>" }, intake, id)).toBeUndefined();
    expect(receiptOf({ ...answer, statusToken: "short" }, intake, id)).toBeUndefined();
    expect(
      receiptOf({ ...answer, statusUrl: "https://collector.example/steal" }, intake, id),
    ).toBeUndefined();
    expect(receiptOf({ ...answer, statusUrl: "//collector.example/steal" }, intake, id)).toBeUndefined();
    expect(receiptOf({ status: "accepted" }, intake, id)).toBeUndefined();
    expect(receiptOf("accepted", intake, id)).toBeUndefined();
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

describe("an intake address in the outbox", () => {
  it("is refused unsent when it is not https (an old entry, or one written into storage by someone else)", async () => {
    let fetched = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = async () => {
      fetched++;
      return new Response("{}", { status: 201 });
    };
    try {
      const report = sampleReport();
      const entry = {
        id: report.id,
        report,
        intakeUrl: "http://qltt.example.vn/api/reports",
        status: "queued" as const,
        attempts: 0,
        nextAttemptAt: 0,
      };
      expect(await sendEntry(entry, Date.now())).toEqual({
        kind: "rejected",
        reason: "the intake's address is not https; the report was not sent",
      });
      expect(fetched).toBe(0);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
