import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { saveOffice } from "../../server/offices/offices";
import { readSubmission } from "../../server/submissions/read";
import { setSubmissionState } from "../../server/submissions/state";
import { IntakeReceiptSchema, SubmissionStatusSchema } from "../../utils/delivery/intake-protocol";
import { DATABASE_KINDS } from "./support/databases";
import { startTestService, type TestService } from "./support/service";
import { DEMO_JPEG, makeCase, makeReport, screenshotOf, sha256, uniqueJpeg } from "./support/submissions";

describe.each(DATABASE_KINDS)("the intake on %s", (kind) => {
  let intake: TestService;
  beforeEach(async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
  });
  afterEach(async () => {
    await intake.close();
  });

  it("stores a report once and answers with a receipt whose status the reporter can read", async () => {
    const report = makeReport({
      screenshot: screenshotOf(DEMO_JPEG),
      contact: { name: "Lan", phone: "0901 234 567" },
    });
    const first = await intake.post("/api/reports", report);
    expect(first.status).toBe(201);
    const receipt = IntakeReceiptSchema.parse(first.body);
    expect(receipt.status).toBe("accepted");
    expect(receipt.receipt).toMatch(/^SH-20\d\d-\d{6}$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");

    const status = await intake.status(receipt.statusUrl, receipt.statusToken);
    expect(status.status).toBe(200);
    const parsed = SubmissionStatusSchema.parse(status.body);
    expect(parsed).toMatchObject({ receipt: receipt.receipt, state: "received", office: "Soi Hàng intake" });
    // Nothing about the reporter in the status.
    expect(JSON.stringify(status.body)).not.toContain("0901");

    const row = await intake.service.database.db
      .selectFrom("submissions")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id: report.id, kind: "report", office_id: "default", evidence_ok: true });
    expect(row.contact).toEqual({ name: "Lan", phone: "0901 234 567" });
    // The picture is stored once, by its hash, outside the body.
    expect(JSON.stringify(row.body)).not.toContain(DEMO_JPEG.toString("base64").slice(0, 100));
    const file = await intake.service.database.db
      .selectFrom("evidence_files")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(file.sha256).toBe(sha256(DEMO_JPEG));
    expect(Buffer.from(file.bytes).equals(DEMO_JPEG)).toBe(true);
    expect([file.width, file.height]).toEqual([1280, 800]);
  });

  it("a resend of the same report (its answer lost) is a 409 with the same receipt and a token that works", async () => {
    const report = makeReport({ screenshot: screenshotOf(DEMO_JPEG) });
    const first = IntakeReceiptSchema.parse((await intake.post("/api/reports", report)).body);
    const again = await intake.post("/api/reports", report);
    expect(again.status).toBe(409);
    const second = IntakeReceiptSchema.parse(again.body);
    expect(second).toMatchObject({ status: "duplicate", receipt: first.receipt });
    expect(second.statusToken).not.toBe(first.statusToken);
    for (const token of [first.statusToken, second.statusToken])
      expect((await intake.status(second.statusUrl, token)).status).toBe(200);
    expect(await intake.count("submissions")).toBe(1);
  });

  it("twenty sends of one report at once store it once: one 201, the rest 409", async () => {
    const report = makeReport({ screenshot: screenshotOf(uniqueJpeg("race")) });
    const answers = await Promise.all(Array.from({ length: 20 }, () => intake.post("/api/reports", report)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.receipt)).size).toBe(1);
    expect(await intake.count("submissions")).toBe(1);
    expect(await intake.count("evidence_files")).toBe(1);
  });

  it("a screenshot sent in two reports is stored once", async () => {
    await intake.post("/api/reports", makeReport({ screenshot: screenshotOf(DEMO_JPEG) }));
    await intake.post("/api/reports", makeReport({ screenshot: screenshotOf(DEMO_JPEG) }));
    expect(await intake.count("submissions")).toBe(2);
    expect(await intake.count("evidence_files")).toBe(1);
  });

  it("evidence whose hash does not match is kept and marked, not trusted", async () => {
    const picture = uniqueJpeg("altered");
    const report = makeReport({ screenshot: screenshotOf(picture, sha256("another picture")) });
    expect((await intake.post("/api/reports", report)).status).toBe(201);
    const db = intake.service.database.db;
    const listing = await db.selectFrom("submitted_listings").selectAll().executeTakeFirstOrThrow();
    expect(listing).toMatchObject({
      screenshot_sha256: sha256(picture),
      screenshot_claimed_sha256: sha256("another picture"),
      screenshot_hash_ok: false,
    });
    const row = await db.selectFrom("submissions").select("evidence_ok").executeTakeFirstOrThrow();
    expect(row.evidence_ok).toBe(false);
  });

  it("a case: each listing a row, each picture checked, each listing hash recomputed", async () => {
    const kase = makeCase(5, { picture: (i) => uniqueJpeg(`case ${i}`), badListingHash: 3 });
    const answer = await intake.post("/api/cases", kase);
    expect(answer.status).toBe(201);
    IntakeReceiptSchema.parse(answer.body);
    const rows = await intake.service.database.db
      .selectFrom("submitted_listings")
      .select(["position", "listing_hash_ok", "screenshot_hash_ok"])
      .orderBy("position")
      .execute();
    expect(rows.map((r) => r.listing_hash_ok)).toEqual([true, true, true, false, true]);
    expect(rows.every((r) => r.screenshot_hash_ok)).toBe(true);
    expect(await intake.count("evidence_files")).toBe(5);
  });

  it("offices: each has its own intake path; an unknown one is refused", async () => {
    await saveOffice(intake.service.database.db, {
      id: "hanoi",
      name: "Chi cục QLTT Hà Nội",
      province: "Hà Nội",
    });
    const report = makeReport({ province: "Hà Nội" });
    expect((await intake.post("/api/reports/hanoi", report)).status).toBe(201);
    const row = await intake.service.database.db
      .selectFrom("submissions")
      .select(["office_id", "province"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ office_id: "hanoi", province: "Hà Nội" });
    const unknown = await intake.post("/api/reports/danang", makeReport());
    expect(unknown.status).toBe(404);
    expect(unknown.body.reason).toContain("danang");
    const cases = await intake.post("/api/cases/hanoi", makeCase(1));
    expect(cases.status).toBe(201);
  });

  it("bad input: each gets its own clear 4xx and nothing is stored", async () => {
    const report = makeReport();
    const notJpeg = makeReport({
      screenshot: screenshotOf(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")),
    });
    // A PNG that says it is a JPEG.
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a4944415478da63000100000500010d0a2db40000000049454e44ae426082",
      "hex",
    );
    const tries: [string, Promise<{ status: number; body: Record<string, unknown> }>, number, RegExp][] = [
      [
        "wrong content type",
        intake.post("/api/reports", report, { contentType: "text/plain" }),
        415,
        /application\/json/,
      ],
      [
        "form content type",
        intake.post("/api/reports", report, { contentType: "application/x-www-form-urlencoded" }),
        415,
        /JSON/,
      ],
      ["invalid JSON", intake.post("/api/reports", report, { raw: '{"id": ' }), 400, /not valid JSON/],
      ["empty body", intake.post("/api/reports", report, { raw: "" }), 400, /empty|JSON/],
      ["schema violation", intake.post("/api/reports", { ...report, category: "rumour" }), 422, /category/],
      ["a case at the reports' address", intake.post("/api/reports", makeCase(1)), 422, /not a valid report/],
      [
        "body over the limit",
        intake.post("/api/reports", report, {
          raw: JSON.stringify({ ...report, note: "x".repeat(5 * 1024 * 1024) }),
        }),
        413,
        /larger than the 4 MB/,
      ],
      ["screenshot that is not an image", intake.post("/api/reports", notJpeg), 422, /not a JPEG/],
      [
        "screenshot that is a PNG",
        intake.post("/api/reports", makeReport({ screenshot: screenshotOf(png) })),
        422,
        /not a JPEG/,
      ],
      ["missing Idempotency-Key", intake.post("/api/reports", report, { key: null }), 400, /Idempotency-Key/],
      [
        "Idempotency-Key that is not the id",
        intake.post("/api/reports", report, { key: "0d4a4bb8-1f0a-4a36-9d33-4c1c7e0f3b11" }),
        400,
        /must be the report's id/,
      ],
      ["unknown office", intake.post("/api/reports/khong-co", report), 404, /no office/],
    ];
    for (const [what, attempt, status, reason] of tries) {
      const answer = await attempt;
      expect(answer.status, what).toBe(status);
      expect(String(answer.body.reason), what).toMatch(reason);
    }
    expect(await intake.count("submissions")).toBe(0);
    expect(await intake.count("evidence_files")).toBe(0);
  });

  it("an Idempotency-Key reused with a different body is refused, and the first report kept", async () => {
    const report = makeReport({ note: "lần đầu" });
    expect((await intake.post("/api/reports", report)).status).toBe(201);
    const other = await intake.post("/api/reports", { ...report, note: "sửa lại" });
    expect(other.status).toBe(422);
    expect(other.body.reason).toMatch(/already received with a different report; the first one is kept/);
    const row = await intake.service.database.db
      .selectFrom("submissions")
      .select("body")
      .executeTakeFirstOrThrow();
    expect((row.body as { note: string }).note).toBe("lần đầu");
  });

  it("a status token that is wrong, or none, opens nothing", async () => {
    const receipt = IntakeReceiptSchema.parse((await intake.post("/api/reports", makeReport())).body);
    const other = IntakeReceiptSchema.parse((await intake.post("/api/reports", makeReport())).body);
    const wrong = await intake.status(receipt.statusUrl, "A".repeat(43));
    expect(wrong.status).toBe(403);
    expect(wrong.body.reason).toMatch(/does not open/);
    // Another report's token does not open this receipt either.
    expect((await intake.status(receipt.statusUrl, other.statusToken)).status).toBe(403);
    expect((await intake.status(receipt.statusUrl, undefined)).status).toBe(401);
    expect((await intake.status("/api/status/SH-2026-999999", receipt.statusToken)).status).toBe(403);
    expect((await intake.status("/api/status/not-a-receipt", receipt.statusToken)).status).toBe(404);
  });

  it("a state set through the service's function is what the reporter reads, with its note and time", async () => {
    const receipt = IntakeReceiptSchema.parse((await intake.post("/api/reports", makeReport())).body);
    const at = new Date("2026-12-24T08:00:00Z");
    const changed = await setSubmissionState(
      intake.service.database.db,
      { receipt: receipt.receipt },
      { state: "declined", note: { vi: "Không đủ căn cứ", en: "Not enough grounds" } },
      at,
    );
    expect(changed).toBe(true);
    const status = SubmissionStatusSchema.parse(
      (await intake.status(receipt.statusUrl, receipt.statusToken)).body,
    );
    expect(status).toMatchObject({
      state: "declined",
      changedAt: at.toISOString(),
      note: { vi: "Không đủ căn cứ" },
    });
    expect(
      await setSubmissionState(
        intake.service.database.db,
        { receipt: "SH-2026-999999" },
        { state: "in_review" },
      ),
    ).toBe(false);
  });

  it("health answers 200 with the database kind", async () => {
    const res = await fetch(intake.url("/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: kind === "PGlite" ? "embedded" : "server" });
  });
});

describe.each(DATABASE_KINDS)("what the intake stored on %s", (kind) => {
  it("reads back exactly what was sent, contact and screenshots included", async () => {
    const intake = await startTestService(kind, inject("postgresUrl"));
    try {
      const report = makeReport({ screenshot: screenshotOf(DEMO_JPEG), contact: { email: "a@b.vn" } });
      const kase = makeCase(3, { picture: (i) => uniqueJpeg(`read ${i}`) });
      await intake.post("/api/reports", report);
      await intake.post("/api/cases", kase);
      const db = intake.service.database.db;
      expect(await readSubmission(db, report.id)).toEqual({ kind: "report", body: report });
      expect(await readSubmission(db, kase.id)).toEqual({ kind: "case", body: kase });
    } finally {
      await intake.close();
    }
  });
});
