import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { saveOffice } from "../../server/offices/offices";
import { saveOfficeFeedSettings } from "../../server/publishing/office-feed";
import { IntakeReceiptSchema, SubmissionStatusSchema } from "../../utils/delivery/intake-protocol";
import { applyDelta, DeltaSchema } from "../../utils/feed/delta";
import { checkFeed } from "../../utils/feed/load";
import { DATABASE_KINDS } from "./support/databases";
import { startTestService, type TestService } from "./support/service";
import { makeKeyFile } from "./support/signing-keys";
import { signedIn } from "./support/staff";
import { makeReport, screenshotOf, uniqueJpeg } from "./support/submissions";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "soi-hang-ws-"));
  dirs.push(d);
  return d;
};

const WARNING = {
  category: "counterfeit",
  severity: "high",
  reason: { vi: "Kinh doanh túi xách giả mạo nhãn hiệu", en: "Sells bags with counterfeit trademarks" },
  source: { decision: "15/QĐ-XPHC", date: "2026-12-01", url: "https://qltt.example.vn/qd-15" },
} as const;

describe.each(DATABASE_KINDS)("the review workspace on %s", (kind) => {
  let intake: TestService;
  let keys: ReturnType<typeof makeKeyFile>;
  const sellerReport = (note: string, sellerId = "9100000001", extra = {}) =>
    makeReport({
      note,
      listing: { sellerId, key: `shopee:${sellerId}:${Math.floor(Math.random() * 1e9)}` },
      ...extra,
    });
  const post = async (path: string, report: ReturnType<typeof makeReport>) => {
    const answer = await intake.post(path, report);
    return IntakeReceiptSchema.parse(answer.body);
  };

  beforeEach(async () => {
    intake = await startTestService(kind, inject("postgresUrl"));
    const db = intake.service.database.db;
    await saveOffice(db, { id: "hanoi", name: "Chi cục QLTT Hà Nội", province: "Hà Nội" });
    await saveOffice(db, { id: "danang", name: "Cục QLTT Đà Nẵng", province: "Đà Nẵng" });
    keys = makeKeyFile(tempDir(), "qltt-hanoi-2026");
    await saveOfficeFeedSettings(db, "hanoi", { keyFile: keys.file });
  });
  afterEach(async () => {
    await intake.close();
  });

  it("sign-in: an HttpOnly, SameSite=Strict session; every refusal the same answer, slower each time, then a lock", async () => {
    await signedIn(intake, "hanoi", "lan", "reviewer");
    const origin = intake.service.origin;
    const attempt = async (username: string, password: string) => {
      const t0 = Date.now();
      const res = await fetch(`${origin}/workspace/api/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ username, password }),
      });
      return {
        status: res.status,
        body: await res.text(),
        ms: Date.now() - t0,
        cookie: res.headers.get("set-cookie"),
      };
    };
    const ok = await attempt("lan", "mật-khẩu-đủ-dài-123");
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/HttpOnly/);
    expect(ok.cookie).toMatch(/SameSite=Strict/);
    expect(ok.cookie).toMatch(/Path=\/workspace/);
    const wrong = await attempt("lan", "sai");
    const unknown = await attempt("khong-co-ai", "sai");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(unknown.body).toBe(wrong.body);
    const failures = [wrong];
    for (let i = 0; i < 3; i++) failures.push(await attempt("lan", "sai"));
    // 0.25 s, 0.5 s, 1 s, 2 s after the scrypt check.
    expect(failures[3]?.ms ?? 0).toBeGreaterThan(1800);
    expect(failures[3]?.ms ?? 0).toBeGreaterThan((failures[0]?.ms ?? 0) * 3);
    // Ten in a row lock the account: the right password then gets the same answer.
    await intake.service.database.db
      .updateTable("staff_users")
      .set({ failed_logins: 9 })
      .where("username", "=", "lan")
      .execute();
    expect((await attempt("lan", "sai")).status).toBe(401);
    const locked = await attempt("lan", "mật-khẩu-đủ-dài-123");
    expect(locked.status).toBe(401);
    expect(locked.body).toBe(wrong.body);
  });

  it("every workspace route answers 401 without a session, and changes only from its own origin", async () => {
    const origin = intake.service.origin;
    const routes = intake.service.app.routeList.filter(
      (r) =>
        r.url.startsWith("/workspace") &&
        r.url !== "/workspace/api/login" &&
        !r.url.startsWith("/workspace/assets") &&
        r.method !== "HEAD",
    );
    expect(routes.length).toBeGreaterThan(20);
    const fill = (url: string) =>
      url
        .replace(
          ":id",
          url.includes("accounts") || url.includes("submissions")
            ? "0d4a4bb8-1f0a-4a36-9d33-4c1c7e0f3b11"
            : "hanoi-w1",
        )
        .replace(":sha256", "a".repeat(64))
        .replace("*", "queue");
    for (const route of routes) {
      const res = await fetch(`${origin}${fill(route.url)}`, {
        method: route.method,
        headers: { origin, "content-type": "application/json" },
        ...(route.method === "GET" ? {} : { body: "{}" }),
      });
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
      const text = await res.text();
      expect(text, `${route.method} ${route.url}`).not.toMatch(/SH-\d{4}|9100000001/);
    }
    const staff = await signedIn(intake, "hanoi", "hoa", "publisher");
    const receipt = await post("/api/reports/hanoi", sellerReport("một"));
    const [row] = await intake.service.database.db.selectFrom("submissions").select("id").execute();
    const body = { submissionIds: [row?.id], reason: "insufficient_evidence" };
    expect(
      (await staff.send("/workspace/api/decisions/decline", body, { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect((await staff.send("/workspace/api/decisions/decline", body, { origin: null })).status).toBe(403);
    expect((await staff.send("/workspace/api/decisions/decline", body)).status).toBe(200);
    expect(
      SubmissionStatusSchema.parse((await intake.status(receipt.statusUrl, receipt.statusToken)).body).state,
    ).toBe("declined");
  });

  it("a reviewer sees and decides only the office's reports; contacts only for roles allowed them", async () => {
    const hanoiReviewer = await signedIn(intake, "hanoi", "minh", "reviewer");
    const hanoiPublisher = await signedIn(intake, "hanoi", "tuan", "publisher");
    const danang = await signedIn(intake, "danang", "an", "reviewer");
    await post(
      "/api/reports/hanoi",
      sellerReport("có liên hệ", "9100000001", { contact: { phone: "0901 234 567" } }),
    );
    const [row] = await intake.service.database.db.selectFrom("submissions").select("id").execute();
    const id = row?.id ?? "";

    const other = await danang.get(`/workspace/api/submissions/${id}`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toMatch(/9100000001|0901|có liên hệ/);
    expect((await danang.get("/workspace/api/queue")).body.rows).toEqual([]);
    expect(
      (await danang.send("/workspace/api/decisions/decline", { submissionIds: [id], reason: "other" }))
        .status,
    ).toBe(403);
    const [evidenceRow] = await intake.service.database.db
      .selectFrom("submitted_listings")
      .select("screenshot_sha256")
      .execute();
    expect(evidenceRow?.screenshot_sha256).toBeNull();

    const asReviewer = await hanoiReviewer.get(`/workspace/api/submissions/${id}`);
    expect(asReviewer.status).toBe(200);
    expect(asReviewer.body.hasContact).toBe(true);
    expect(asReviewer.body).not.toHaveProperty("contact");
    expect(JSON.stringify(asReviewer.body)).not.toContain("0901");
    const asPublisher = await hanoiPublisher.get(`/workspace/api/submissions/${id}`);
    expect(asPublisher.body.contact).toEqual({ phone: "0901 234 567" });
    // Audit and accounts are the admin's.
    expect((await hanoiPublisher.get("/workspace/api/audit")).status).toBe(403);
    expect((await hanoiReviewer.get("/workspace/api/accounts")).status).toBe(403);
    expect((await hanoiReviewer.send("/workspace/api/publish", {})).status).toBe(403);
  });

  it("the queue groups a seller's reports into one row, and filters by state, platform, category, seller, province, date and words with or without diacritics", async () => {
    const staff = await signedIn(intake, "hanoi", "lan", "reviewer");
    for (const note of ["một", "hai", "ba"])
      await post("/api/reports/hanoi", sellerReport(note, "9100000001"));
    await post(
      "/api/reports/hanoi",
      makeReport({
        note: "đồng hồ nhái",
        province: "Hà Nội",
        listing: { sellerId: "7700000002", key: "shopee:7700000002:1", title: "Đồng hồ Rolex siêu cấp" },
      }),
    );
    const queue = async (query = "") =>
      (await staff.get(`/workspace/api/queue${query}`)).body as {
        rows: { groupKey: string; count: number; open: number }[];
      };
    const all = await queue();
    expect(all.rows.map((r) => [r.groupKey, r.count])).toEqual([
      ["seller:shopee:7700000002", 1],
      ["seller:shopee:9100000001", 3],
    ]);
    expect((await queue("?q=dong%20ho")).rows.map((r) => r.groupKey)).toEqual(["seller:shopee:7700000002"]);
    expect((await queue("?q=%C4%90%E1%BB%93ng%20h%E1%BB%93")).rows.map((r) => r.groupKey)).toEqual([
      "seller:shopee:7700000002",
    ]);
    expect((await queue("?q=tui%20xach")).rows.map((r) => r.count)).toEqual([3]);
    expect((await queue("?q=rol")).rows).toHaveLength(1);
    expect((await queue("?q=%3Cscript%3E")).rows).toHaveLength(0);
    expect((await queue("?seller=9100000001")).rows.map((r) => r.count)).toEqual([3]);
    expect((await queue("?province=H%C3%A0%20N%E1%BB%99i")).rows).toHaveLength(1);
    expect((await queue("?platform=lazada")).rows).toHaveLength(0);
    expect((await queue("?category=counterfeit")).rows).toHaveLength(2);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await queue(`?from=${today}&to=${today}`)).rows).toHaveLength(2);
    expect((await queue("?from=2020-01-01&to=2020-01-02")).rows).toHaveLength(0);
    expect((await queue("?state=declined")).rows).toHaveLength(0);
    expect((await staff.get("/workspace/api/queue?platform=nowhere")).status).toBe(400);
  });

  it("a group declined at once: every reporter reads the reason", async () => {
    const staff = await signedIn(intake, "hanoi", "lan", "reviewer");
    const receipts = [];
    for (const note of ["một", "hai", "ba"])
      receipts.push(await post("/api/reports/hanoi", sellerReport(note)));
    const answer = await staff.send("/workspace/api/decisions/decline", {
      groupKey: "seller:shopee:9100000001",
      reason: "listing_removed",
      text: "Sàn đã gỡ gian hàng ngày 02/12/2026",
    });
    expect(answer.body).toEqual({ declined: 3 });
    for (const r of receipts) {
      const status = SubmissionStatusSchema.parse((await intake.status(r.statusUrl, r.statusToken)).body);
      expect(status.state).toBe("declined");
      expect(status.note?.vi).toBe("Tin đăng đã bị gỡ. Sàn đã gỡ gian hàng ngày 02/12/2026");
    }
  });

  it("accept → warning → publish: a signed feed with the warning and the office's intake, its delta, and the reporters told", async () => {
    const staff = await signedIn(intake, "hanoi", "hoa", "publisher");
    const receipts = [
      await post("/api/reports/hanoi", sellerReport("một")),
      await post("/api/reports/hanoi", sellerReport("hai")),
    ];
    const accepted = await staff.send("/workspace/api/decisions/accept", {
      groupKey: "seller:shopee:9100000001",
      warning: { ...WARNING, target: { kind: "seller", platform: "shopee", sellerId: "9100000001" } },
    });
    expect(accepted.status).toBe(200);
    const warningId = (accepted.body.warning as { id: string }).id;
    expect(warningId).toMatch(/^hanoi-w\d+$/);
    for (const r of receipts)
      expect(SubmissionStatusSchema.parse((await intake.status(r.statusUrl, r.statusToken)).body).state).toBe(
        "in_review",
      );

    const published = await staff.send("/workspace/api/publish", {});
    expect(published.body).toMatchObject({ serial: 1, warnings: 1, actionTaken: 2 });
    for (const r of receipts) {
      const status = SubmissionStatusSchema.parse((await intake.status(r.statusUrl, r.statusToken)).body);
      expect(status.state).toBe("action_taken");
      expect(status.note?.vi).toContain("15/QĐ-XPHC");
    }
    const feedUrl = `${intake.service.origin}/feeds/hanoi/feed.json`;
    const res = await fetch(feedUrl, { headers: { origin: "chrome-extension://x" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const etag = res.headers.get("etag") ?? "";
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sig = await (await fetch(`${feedUrl}.sig`)).text();
    const checked = await checkFeed(bytes, sig, [keys.trusted], { now: Date.now() });
    if (!checked.ok) throw new Error(checked.detail);
    expect(checked.feed.publisher).toEqual({ id: "hanoi", name: { vi: "Chi cục QLTT Hà Nội" } });
    expect(checked.feed.warnings.map((w) => [w.id, w.source.decision, w.source.authority.vi])).toEqual([
      [warningId, "15/QĐ-XPHC", "Chi cục QLTT Hà Nội"],
    ]);
    expect(checked.feed.contacts).toEqual([
      {
        // The office names itself, so that the report form can say who receives a report.
        name: { vi: "Chi cục QLTT Hà Nội" },
        province: "Hà Nội",
        intake: `${intake.service.origin}/api/reports/hanoi`,
      },
    ]);
    expect((await fetch(feedUrl, { headers: { "if-none-match": etag } })).status).toBe(304);

    // Withdrawn, published again: the delta from serial 1 removes it, and applies to serial 1 to make serial 2.
    expect(
      (
        await staff.send(`/workspace/api/warnings/${warningId}/withdraw`, {
          reason: "Người bán khiếu nại thành công",
        })
      ).status,
    ).toBe(200);
    expect((await staff.send("/workspace/api/publish", {})).body).toMatchObject({ serial: 2, warnings: 0 });
    const deltaBytes = new Uint8Array(await (await fetch(`${feedUrl}.delta/1.json`)).arrayBuffer());
    const deltaSig = await (await fetch(`${feedUrl}.delta/1.json.sig`)).text();
    const deltaCheck = await checkFeed(deltaBytes, deltaSig, [keys.trusted], { now: Date.now() });
    expect(deltaCheck.ok ? "feed?" : deltaCheck.error).toBe("schema");
    const delta = DeltaSchema.parse(JSON.parse(Buffer.from(deltaBytes).toString("utf8")));
    expect(delta.removals.warnings).toEqual([warningId]);
    expect(applyDelta(checked.feed, delta).warnings).toEqual([]);
    expect((await fetch(`${feedUrl}.delta/2.json`)).status).toBe(404);
  });

  it("publishing with the key missing or wrong: a clear error, nothing written, the previous feed still served", async () => {
    const staff = await signedIn(intake, "hanoi", "hoa", "publisher");
    expect((await staff.send("/workspace/api/publish", {})).body).toMatchObject({ serial: 1 });
    const before = await (await fetch(`${intake.service.origin}/feeds/hanoi/feed.json`)).text();
    await staff.send("/workspace/api/warnings", {
      ...WARNING,
      target: { kind: "domain", domain: "shop-fake.vn" },
    });
    const db = intake.service.database.db;
    const broken = join(tempDir(), "broken.json");
    for (const keyFile of [join(tempDir(), "missing.json"), broken]) {
      if (keyFile === broken)
        writeFileSync(broken, '{"keyId":"x","kty":"OKP","crv":"Ed25519","d":"abc","x":"def"}');
      await saveOfficeFeedSettings(db, "hanoi", { keyFile });
      const answer = await staff.send("/workspace/api/publish", {});
      expect(answer.status).toBe(409);
      expect(String(answer.body.reason)).toMatch(/signing key file/);
    }
    expect(await (await fetch(`${intake.service.origin}/feeds/hanoi/feed.json`)).text()).toBe(before);
    const serials = await db.selectFrom("published_feeds").select("serial").execute();
    expect(serials.map((s) => s.serial)).toEqual([1]);
    const state = await staff.get("/workspace/api/publish");
    expect(String(state.body.keyError)).toMatch(/signing key file/);
  });

  it("two publishers pressing publish at once make one serial; static copies switch whole", async () => {
    const feedDir = tempDir();
    await intake.close();
    intake = await startTestService(kind, inject("postgresUrl"), { feedDir });
    const db = intake.service.database.db;
    await saveOffice(db, { id: "hanoi", name: "Chi cục QLTT Hà Nội", province: "Hà Nội" });
    await saveOfficeFeedSettings(db, "hanoi", { keyFile: keys.file });
    const first = await signedIn(intake, "hanoi", "hoa", "publisher");
    const second = await signedIn(intake, "hanoi", "binh", "admin");
    await first.send("/workspace/api/warnings", {
      ...WARNING,
      target: { kind: "domain", domain: "shop-fake.vn" },
    });
    const [a, b] = await Promise.all([
      first.send("/workspace/api/publish", {}),
      second.send("/workspace/api/publish", {}),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(new Set([a.body.serial, b.body.serial])).toEqual(new Set([1]));
    expect((await db.selectFrom("published_feeds").select("serial").execute()).length).toBe(1);
    const staticFeed = readFileSync(join(feedDir, "hanoi", "feed.json"));
    const staticSig = readFileSync(join(feedDir, "hanoi", "feed.json.sig"), "utf8");
    expect(
      (await checkFeed(new Uint8Array(staticFeed), staticSig, [keys.trusted], { now: Date.now() })).ok,
    ).toBe(true);
  });

  it("every decision goes to an append-only audit log that admins read and export", async () => {
    const admin = await signedIn(intake, "hanoi", "quan", "admin");
    await post("/api/reports/hanoi", sellerReport("một"));
    await admin.send("/workspace/api/decisions/decline", {
      groupKey: "seller:shopee:9100000001",
      reason: "duplicate",
    });
    const log = (await admin.get("/workspace/api/audit")).body.entries as {
      action: string;
      actor: string;
      before: unknown;
      after: unknown;
    }[];
    expect(log.map((e) => e.action)).toEqual(["submission.decline", "session.login"]);
    expect(log[0]).toMatchObject({
      actor: "quan",
      before: { state: "received" },
      after: { state: "declined", reason: "duplicate" },
    });
    const db = intake.service.database.db;
    await expect(sql`update audit_log set actor = 'someone'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const csv = await admin.get("/workspace/api/audit/export?format=csv");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(String(csv.body.text)).toMatch(/"submission\.decline"/);
  });

  it("a picture is served from its stored bytes as a JPEG nothing can run, to its own office only", async () => {
    const picture = uniqueJpeg("evidence");
    await post(
      "/api/reports/hanoi",
      sellerReport("ảnh", "9100000001", { screenshot: screenshotOf(picture) }),
    );
    const staff = await signedIn(intake, "hanoi", "lan", "reviewer");
    const other = await signedIn(intake, "danang", "an", "reviewer");
    const [row] = await intake.service.database.db
      .selectFrom("submitted_listings")
      .select("screenshot_sha256")
      .execute();
    const url = `${intake.service.origin}/workspace/api/evidence/${row?.screenshot_sha256}`;
    const res = await fetch(url, { headers: { cookie: staff.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(Buffer.from(await res.arrayBuffer()).equals(picture)).toBe(true);
    expect((await fetch(url, { headers: { cookie: other.cookie } })).status).toBe(404);
  });

  it("sharing between offices: a followed office's warning shows on a report about the same seller, and can be adopted", async () => {
    const db = intake.service.database.db;
    const danangKeys = makeKeyFile(tempDir(), "qltt-danang-2026");
    await saveOfficeFeedSettings(db, "danang", { keyFile: danangKeys.file });
    const danang = await signedIn(intake, "danang", "an", "publisher");
    await danang.send("/workspace/api/warnings", {
      ...WARNING,
      target: { kind: "seller", platform: "shopee", sellerId: "9100000001" },
    });
    expect((await danang.send("/workspace/api/publish", {})).status).toBe(200);

    const hanoi = await signedIn(intake, "hanoi", "hoa", "publisher");
    const follow = await hanoi.send("/workspace/api/followed", {
      url: `${intake.service.origin}/feeds/danang/feed.json`,
      keyId: danangKeys.trusted.id,
      publicKey: danangKeys.trusted.publicKey,
    });
    expect(follow.body.feeds).toMatchObject([{ serial: 1, warnings: 1, publisher: { id: "danang" } }]);
    await post("/api/reports/hanoi", sellerReport("cùng người bán"));
    const [row] = await db.selectFrom("submissions").select("id").where("office_id", "=", "hanoi").execute();
    const page = (await hanoi.get(`/workspace/api/submissions/${row?.id}`)).body as {
      followed: { feedUrl: string; warning: { id: string; source: { decision: string } } }[];
    };
    expect(page.followed.map((f) => f.warning.source.decision)).toEqual(["15/QĐ-XPHC"]);
    const adopted = await hanoi.send("/workspace/api/warnings/adopt", {
      feedUrl: page.followed[0]?.feedUrl,
      warningId: page.followed[0]?.warning.id,
      submissionIds: [row?.id],
    });
    expect(adopted.status).toBe(200);
    const list = (await hanoi.get("/workspace/api/warnings")).body.warnings as {
      adoptedFrom?: { publisher: string };
      warning: { source: { decision?: string } };
    }[];
    expect(list).toMatchObject([
      { adoptedFrom: { publisher: "danang" }, warning: { source: { decision: "15/QĐ-XPHC" } } },
    ]);
    // A feed signed by another key is refused, and the last good copy kept.
    await hanoi.send("/workspace/api/followed", {
      url: `${intake.service.origin}/feeds/danang/feed.json`,
      keyId: keys.trusted.id,
      publicKey: keys.trusted.publicKey,
    });
    const after = (await hanoi.get("/workspace/api/followed")).body.feeds as {
      error?: string;
      serial?: number;
    }[];
    expect(after[0]?.error).toMatch(/unknown_key/);
    expect(after[0]?.serial).toBe(1);
  });

  it("a warning's addresses must be https or http: script and data addresses are refused", async () => {
    const staff = await signedIn(intake, "hanoi", "lan", "reviewer");
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "chrome://settings"]) {
      const answer = await staff.send("/workspace/api/warnings", {
        ...WARNING,
        source: { ...WARNING.source, url },
        target: { kind: "domain", domain: "x.vn" },
      });
      expect(answer.status, url).toBe(400);
    }
  });
});
