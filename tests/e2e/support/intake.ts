// The e2e tests' intake: the office's real service (server/) on an embedded database, behind a small proxy that
// can play an intake that fails (a status, no answer, an answer lost after the report was stored) and that logs
// every POST with what was answered. The reports the tests read are the ones the service stored.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { saveOffice } from "../../../server/offices/offices";
import { type IntakeService, startIntakeService } from "../../../server/service";
import { readSubmission } from "../../../server/submissions/read";
import { type StateChange, setSubmissionState } from "../../../server/submissions/state";
import type { Report } from "../../../utils/reports/schema";
import type { CaseReport } from "../../../utils/sweep/schema";
import { pgliteTemplate } from "../../server/support/databases";

/** How the proxy behaves, so tests can play an intake that is failing, slow or losing answers. */
export type IntakeMode =
  | { kind: "accept" }
  | { kind: "status"; status: number; body?: unknown; retryAfter?: string }
  | { kind: "hang" }
  /** The service stores the report; its answer never reaches the sender. */
  | { kind: "store-then-hang" };

export interface IntakeLogEntry {
  at: number;
  id: string | undefined;
  /** The status the sender got; 0 when it got none. */
  status: number;
  path: string;
}

export interface TestIntake {
  /** The default office's report intake, through the proxy. */
  url: string;
  casesUrl: string;
  /** The proxy's port: stopping and restarting keeps it. */
  port: number;
  service: IntakeService;
  /** Every POST, in order, with what the sender got: the proof that nothing arrived twice. */
  log: IntakeLogEntry[];
  setMode(mode: IntakeMode): void;
  /** Submissions stored. */
  count(kind?: "report" | "case"): Promise<number>;
  /** Stored reports, as sent (contact and screenshot included). */
  reports(): Promise<Report[]>;
  cases(): Promise<CaseReport[]>;
  report(id: string): Promise<Report | undefined>;
  /** The office a submission was stored for. */
  officeOf(id: string): Promise<string | undefined>;
  addOffice(id: string, name: string, province?: string): Promise<void>;
  setState(receipt: string, change: StateChange): Promise<boolean>;
  /** The intake goes away (connections refused) and comes back on the same port, its data kept. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startTestIntake(options: { port?: number } = {}): Promise<TestIntake> {
  const service = await startIntakeService({
    database: { kind: "memory", template: await pgliteTemplate() },
    // Every test's reports come from one address; the per-client limit has its own server tests.
    limits: { perClientPerMinute: 1_000_000, maxEventLoopDelay: 0 },
  });
  const target = new URL(service.origin);
  const log: IntakeLogEntry[] = [];
  let mode: IntakeMode = { kind: "accept" };
  const hanging = new Set<ServerResponse>();
  // POSTs passed on to the service whose answer is not logged yet: the service commits before it answers, so a
  // count read meanwhile would see a report the log does not show yet. Reads wait for these first.
  let forwarding = 0;
  const settled = async () => {
    for (let i = 0; forwarding > 0 && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://intake").pathname;
    const key = req.headers["idempotency-key"];
    const id = typeof key === "string" ? key : undefined;
    const body = await readAll(req);
    const post = req.method === "POST";
    const hold = () => {
      if (post) log.push({ at: Date.now(), id, status: 0, path });
      hanging.add(res);
    };
    if (post && mode.kind === "hang") return hold();
    if (post && mode.kind === "status") {
      log.push({ at: Date.now(), id, status: mode.status, path });
      res.writeHead(mode.status, {
        "content-type": "application/json",
        "access-control-allow-origin": "*",
        "access-control-expose-headers": "retry-after",
        ...(mode.retryAfter ? { "retry-after": mode.retryAfter } : {}),
      });
      res.end(JSON.stringify(mode.body ?? { reason: `test status ${mode.status}` }));
      return;
    }
    const storeThenHang = post && mode.kind === "store-then-hang";
    if (post) forwarding++;
    let counted = post;
    const done = () => {
      if (counted) forwarding--;
      counted = false;
    };
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        if (storeThenHang) {
          answer.resume();
          hold();
          return done();
        }
        if (post) log.push({ at: Date.now(), id, status: answer.statusCode ?? 0, path });
        done();
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      done();
      res.writeHead(502);
      res.end();
    });
    upstream.end(body);
  };

  let server: Server | undefined;
  let port = options.port ?? 0;
  const listen = async () => {
    const next = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve, reject) => {
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => resolve());
    });
    port = (next.address() as AddressInfo).port;
    server = next;
  };
  const unlisten = async () => {
    const current = server;
    server = undefined;
    for (const res of hanging) res.destroy();
    hanging.clear();
    if (!current) return;
    current.closeAllConnections();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  await listen();

  const db = service.database.db;
  const ids = async (kind: "report" | "case") =>
    (
      await db
        .selectFrom("submissions")
        .select("id")
        .where("kind", "=", kind)
        .orderBy("received_at")
        .execute()
    ).map((r) => r.id);
  return {
    url: `http://127.0.0.1:${port}/api/reports`,
    casesUrl: `http://127.0.0.1:${port}/api/cases`,
    port,
    service,
    log,
    setMode(next) {
      mode = next;
      if (next.kind !== "hang") {
        for (const res of hanging) res.destroy();
        hanging.clear();
      }
    },
    async count(kind) {
      await settled();
      let query = db.selectFrom("submissions").select((eb) => eb.fn.countAll<number>().as("n"));
      if (kind) query = query.where("kind", "=", kind);
      return Number((await query.executeTakeFirstOrThrow()).n);
    },
    async reports() {
      await settled();
      const all = await Promise.all((await ids("report")).map((id) => readSubmission(db, id)));
      return all.flatMap((s) => (s?.kind === "report" ? [s.body] : []));
    },
    async cases() {
      await settled();
      const all = await Promise.all((await ids("case")).map((id) => readSubmission(db, id)));
      return all.flatMap((s) => (s?.kind === "case" ? [s.body] : []));
    },
    async report(id) {
      const stored = await readSubmission(db, id);
      return stored?.kind === "report" ? stored.body : undefined;
    },
    async officeOf(id) {
      return (await db.selectFrom("submissions").select("office_id").where("id", "=", id).executeTakeFirst())
        ?.office_id;
    },
    async addOffice(id, name, province) {
      await saveOffice(db, { id, name, ...(province ? { province } : {}) });
    },
    setState: (receipt, change) => setSubmissionState(db, { receipt }, change),
    stop: unlisten,
    restart: listen,
    async close() {
      await unlisten();
      await service.close();
    },
  };
}
