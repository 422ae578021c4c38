import { request } from "node:http";
import { afterEach, describe, expect, inject, it } from "vitest";
import { saveOffice } from "../../server/offices/offices";
import { DATABASE_KINDS } from "./support/databases";
import { startTestService, type TestService } from "./support/service";
import { makeCase, makeReport, screenshotOf, uniqueJpeg } from "./support/submissions";

/** Starts a POST whose body never finishes: it holds a place in the intake until `abort()`. */
function hangingPost(url: string, id: string): { abort(): void; answered: Promise<number> } {
  let answer: (status: number) => void = () => undefined;
  const answered = new Promise<number>((resolve) => {
    answer = resolve;
  });
  const req = request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": id, "content-length": "100000" },
  });
  req.on("response", (res) => answer(res.statusCode ?? 0));
  req.on("error", () => answer(0));
  req.write('{"id":');
  return { abort: () => req.destroy(), answered };
}

describe.each(DATABASE_KINDS)("the intake's limits on %s", (kind) => {
  let intake: TestService | undefined;
  afterEach(async () => {
    await intake?.close();
    intake = undefined;
  });

  it("a client over its rate gets 429 with Retry-After and a reason; another client is not held back", async () => {
    intake = await startTestService(kind, inject("postgresUrl"), {
      limits: { perClientPerMinute: 3 },
      trustProxy: true,
    });
    const send = (client: string) =>
      fetch(intake?.url("/api/reports") ?? "", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": client, "idempotency-key": "" },
        body: "{}",
      }).then(async (res) => ({
        status: res.status,
        retryAfter: res.headers.get("retry-after"),
        body: await res.json(),
      }));
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await send("203.0.113.7"));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 429]);
    expect(Number(answers[3]?.retryAfter)).toBeGreaterThan(0);
    expect(answers[3]?.body.reason).toMatch(/too many reports from this address/);
    expect((await send("198.51.100.9")).status).toBe(400);
  });

  it("an office past its daily cap answers 429 until the next day, and stores nothing more", async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
    await saveOffice(intake.service.database.db, { id: "hue", name: "QLTT Thừa Thiên Huế", dailyCap: 2 });
    expect((await intake.post("/api/reports/hue", makeReport())).status).toBe(201);
    expect((await intake.post("/api/reports/hue", makeReport())).status).toBe(201);
    const third = await intake.post("/api/reports/hue", makeReport());
    expect(third.status).toBe(429);
    expect(third.body.reason).toMatch(/all the reports it can today/);
    const wait = Number(third.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    expect(await intake.count("submissions")).toBe(2);
    // The default office has its own count.
    expect((await intake.post("/api/reports", makeReport())).status).toBe(201);
  });

  it("over its in-flight limit the intake answers 429 before reading the body, and takes reports again after", async () => {
    intake = await startTestService(kind, inject("postgresUrl"), { limits: { maxInFlight: 2 } });
    const holds = [
      hangingPost(intake.url("/api/reports"), "a"),
      hangingPost(intake.url("/api/reports"), "b"),
    ];
    await new Promise((r) => setTimeout(r, 300));
    const busy = await intake.post("/api/reports", makeReport());
    expect(busy.status).toBe(429);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(busy.body.reason).toMatch(/busy/);
    for (const hold of holds) hold.abort();
    await new Promise((r) => setTimeout(r, 300));
    expect((await intake.post("/api/reports", makeReport())).status).toBe(201);
  });

  it("when the process's event loop lags (a busy CPU), new reports get 429 until it catches up", async () => {
    intake = await startTestService(kind, inject("postgresUrl"), { limits: { maxEventLoopDelay: 50 } });
    expect((await intake.post("/api/reports", makeReport())).status).toBe(201);
    // Hold the loop for a while in bursts, as a CPU-bound burst of work would.
    for (let i = 0; i < 4; i++) {
      const until = Date.now() + 200;
      while (Date.now() < until);
      await new Promise((r) => setImmediate(r));
    }
    const busy = await intake.post("/api/reports", makeReport());
    expect(busy.status).toBe(429);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(busy.body.reason).toMatch(/busy/);
    // Once the loop is free again, reports are taken.
    await new Promise((r) => setTimeout(r, 1200));
    expect((await intake.post("/api/reports", makeReport())).status).toBe(201);
  });

  it("a 40 MB case is taken whole; a larger one is refused with 413", async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
    // 200 listings with a 150 KB picture each: about 40 MB of JSON.
    const big = Buffer.alloc(73_000, 0x55);
    const kase = makeCase(200, {
      picture: (i) => Buffer.concat([uniqueJpeg(`big ${i}`).subarray(0, -2), big, Buffer.from([0xff, 0xd9])]),
    });
    const bytes = JSON.stringify(kase).length;
    expect(bytes).toBeGreaterThan(38 * 1024 * 1024);
    const answer = await intake.post("/api/cases", kase);
    expect(answer.status).toBe(201);
    expect(await intake.count("submitted_listings")).toBe(200);
    expect(await intake.count("evidence_files")).toBe(200);
    const tooBig = await intake.post("/api/cases", kase, {
      raw: JSON.stringify({ ...kase, note: "x".repeat(10 * 1024 * 1024) }),
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.reason).toMatch(/larger than the 48 MB/);
  });

  it("CORS: any extension origin may send reports and read statuses, and can read Retry-After", async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
    for (const path of ["/api/reports", "/api/cases/hanoi", "/api/status/SH-2026-000001"]) {
      const res = await fetch(intake.url(path), {
        method: "OPTIONS",
        headers: {
          origin: "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
          "access-control-request-method": path.includes("status") ? "GET" : "POST",
          "access-control-request-headers": "content-type,idempotency-key,authorization",
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-headers")).toMatch(/idempotency-key/);
      expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      expect(res.headers.get("access-control-expose-headers")).toBe("retry-after");
    }
    // Health is not part of the cross-origin API.
    const health = await fetch(intake.url("/health"), { headers: { origin: "https://evil.example" } });
    expect(health.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("closing lets a report in flight finish and be stored", async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
    const report = makeReport({ screenshot: screenshotOf(uniqueJpeg("closing")) });
    const body = JSON.stringify(report);
    const url = new URL(intake.url("/api/reports"));
    const status = new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "idempotency-key": report.id,
          "content-length": Buffer.byteLength(body),
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      // Half the body now, the rest once the service has been told to close.
      req.write(body.slice(0, 1000));
      setTimeout(() => req.end(body.slice(1000)), 400);
    });
    await new Promise((r) => setTimeout(r, 150));
    const closing = intake.service.stopListening();
    expect(await status).toBe(201);
    await closing;
    const row = await intake.service.database.db.selectFrom("submissions").select("id").executeTakeFirst();
    expect(row?.id).toBe(report.id);
  });
});
