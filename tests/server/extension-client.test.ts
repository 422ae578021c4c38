// The extension's own delivery code (utils/reports: forwarder, status refresh) against the real intake service:
// the two halves of one protocol, tested together.
import "fake-indexeddb/auto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME } from "../../utils/db";
import { sendEntry } from "../../utils/delivery/forwarder";
import { enqueue, entryById, markSent } from "../../utils/delivery/outbox";
import type { OutboxEntry } from "../../utils/delivery/outbox-entry";
import { refreshStatuses } from "../../utils/reports/status-refresh";
import { startTestIntake, type TestIntake } from "../e2e/support/intake";
import { makeReport } from "./support/submissions";

describe("the extension's forwarder and status refresh against the intake service", () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake();
  });
  afterAll(() => intake.close());
  beforeEach(async () => {
    intake.setMode({ kind: "accept" });
    await closeDb();
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = () => resolve();
    });
  });

  const entry = (intakeUrl = intake.url): OutboxEntry => {
    const report = makeReport();
    return { id: report.id, report, intakeUrl, status: "sending", attempts: 0, nextAttemptAt: 0 };
  };

  it("delivers with a receipt; a second send of the same id is a 409 that still counts, with the same receipt", async () => {
    const e = entry();
    const first = await sendEntry(e, 0);
    expect(first).toMatchObject({ kind: "delivered", intakeStatus: "accepted" });
    const again = await sendEntry(e, 0);
    expect(again).toMatchObject({ kind: "delivered", intakeStatus: "duplicate" });
    if (first.kind !== "delivered" || again.kind !== "delivered") throw new Error("not delivered");
    expect(first.receipt?.number).toMatch(/^SH-\d{4}-\d{6}$/);
    expect(again.receipt?.number).toBe(first.receipt?.number);
    expect(first.receipt?.statusUrl).toBe(
      `${new URL(intake.url).origin}/api/status/${first.receipt?.number}`,
    );
    expect(intake.log.filter((l) => l.id === e.id).map((l) => l.status)).toEqual([201, 409]);
    expect(await intake.report(e.id)).toEqual(e.report);
  });

  it("retries 5xx and 429 with the intake's Retry-After; other 4xx are final with the intake's reason", async () => {
    intake.setMode({ kind: "status", status: 429, retryAfter: "7" });
    expect(await sendEntry(entry(), 0)).toEqual({ kind: "retry", error: "HTTP 429", afterMs: 7000 });
    intake.setMode({ kind: "status", status: 500 });
    expect(await sendEntry(entry(), 0)).toMatchObject({ kind: "retry", error: "HTTP 500" });
    intake.setMode({ kind: "accept" });
    // The service's own refusal of a report it cannot take.
    const unknownOffice = await sendEntry(entry(`${intake.url}/khong-co`), 0);
    expect(unknownOffice).toEqual({
      kind: "rejected",
      reason: 'HTTP 404: there is no office "khong-co" at this intake',
    });
  });

  it("never follows an intake's redirect: the report is not sent on, and is rejected with the reason", async () => {
    let collected = 0;
    const collector = createServer((req, res) => {
      collected++;
      req.resume();
      res.end("{}");
    });
    const redirector = createServer((req, res) => {
      req.resume();
      const { port } = collector.address() as AddressInfo;
      res.writeHead(307, { location: `http://127.0.0.1:${port}/steal` });
      res.end();
    });
    await Promise.all(
      [collector, redirector].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))),
    );
    try {
      const { port } = redirector.address() as AddressInfo;
      const outcome = await sendEntry(entry(`http://127.0.0.1:${port}/api/reports`), 0);
      expect(outcome).toEqual({
        kind: "rejected",
        reason: "the intake answered with a redirect; the report was not sent on",
      });
      expect(collected).toBe(0);
    } finally {
      for (const s of [collector, redirector]) s.close();
    }
  });

  it("retries when nothing listens", async () => {
    expect((await sendEntry(entry("http://127.0.0.1:9/api/reports"), 0)).kind).toBe("retry");
  });

  it("refreshing reads each delivered report's state with its token, and stops asking once it is final", async () => {
    const report = makeReport();
    await enqueue(report, intake.url, Date.now());
    const outcome = await sendEntry({ ...entry(), id: report.id, report }, 0);
    if (outcome.kind !== "delivered" || !outcome.receipt) throw new Error("no receipt");
    await markSent(report.id, Date.now(), outcome.intakeStatus, outcome.receipt);

    expect(await refreshStatuses(Date.now(), true)).toEqual({ asked: 1, read: 1 });
    expect((await entryById(report.id))?.remote?.state).toBe("received");
    // Asked again a moment later: not yet (a few seconds between reads when My reports opens).
    expect(await refreshStatuses(Date.now(), true)).toEqual({ asked: 0, read: 0 });

    await intake.setState(outcome.receipt.number, {
      state: "action_taken",
      note: { vi: "Đã xử phạt người bán" },
    });
    expect(await refreshStatuses(Date.now() + 6_000, true)).toEqual({ asked: 1, read: 1 });
    const remote = (await entryById(report.id))?.remote;
    expect(remote).toMatchObject({ state: "action_taken", note: { vi: "Đã xử phạt người bán" } });
    // Final: never asked again, even by the daily alarm.
    expect(await refreshStatuses(Date.now() + 2 * 86_400_000, false)).toEqual({ asked: 0, read: 0 });
  });

  it("a report older than 90 days is no longer followed", async () => {
    const report = { ...makeReport(), createdAt: new Date(Date.now() - 91 * 86_400_000).toISOString() };
    await enqueue(report, intake.url, Date.now());
    await markSent(report.id, Date.now(), "accepted", {
      number: "SH-2026-000001",
      statusUrl: `${new URL(intake.url).origin}/api/status/SH-2026-000001`,
      statusToken: "tA2pYbKq5Dk9oVZr0cWm3nXfLs7HgJu1eQiR4yTzB8w",
    });
    expect(await refreshStatuses(Date.now(), true)).toEqual({ asked: 0, read: 0 });
  });
});
