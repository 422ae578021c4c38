// A real report intake for the demo and the tests: it validates each report against the published schema,
// stores it on disk once per id (the Idempotency-Key), and answers as the intake protocol in the README says.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Report, ReportSchema } from "../utils/reports/schema";
import { type CaseReport, CaseReportSchema } from "../utils/sweep/schema";

/** How the intake behaves, so tests can play an intake that is failing, slow or strict. */
export type IntakeMode =
  | { kind: "accept" }
  | { kind: "status"; status: number; body?: unknown; retryAfter?: string }
  | { kind: "hang" }
  /** Stores the report, then never answers: the sender cannot know it arrived. */
  | { kind: "store-then-hang" };

export interface IntakeLogEntry {
  at: number;
  id: string | undefined;
  status: number;
  /** The path POSTed to: `/api/reports`, or `/api/reports/<office>` for a province's own intake. */
  path: string;
}

export interface IntakeServer {
  url: string;
  /** The staff intake: cases from sweeps. */
  casesUrl: string;
  port: number;
  reports: Map<string, Report>;
  cases: Map<string, CaseReport>;
  /** The path each stored report arrived at (which province's intake). */
  paths: Map<string, string>;
  /** Every POST with what was answered, in order: the proof that nothing arrived twice. */
  log: IntakeLogEntry[];
  setMode(mode: IntakeMode): void;
  close(): Promise<void>;
}

/** A case of 200 listings with a screenshot each is about 30 MB. */
const MAX_BODY = 40 * 1024 * 1024;
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, GET, OPTIONS",
  "access-control-allow-headers": "content-type, idempotency-key",
  // Without this a cross-origin reader (the extension) cannot see Retry-After and falls back to its own backoff.
  "access-control-expose-headers": "retry-after",
  "access-control-max-age": "600",
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...CORS, "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export async function startIntakeServer(options: {
  port?: number;
  host?: string;
  dir?: string;
  onReport?: (report: Report) => void;
}): Promise<IntakeServer> {
  const reports = new Map<string, Report>();
  const cases = new Map<string, CaseReport>();
  const paths = new Map<string, string>();
  const log: IntakeLogEntry[] = [];
  let mode: IntakeMode = { kind: "accept" };
  const hanging = new Set<ServerResponse>();
  // Ids already stored on disk by an earlier run count as received: a retry after a restart is still a duplicate.
  const known = new Set<string>();
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    for (const file of readdirSync(options.dir)) if (file.endsWith(".json")) known.add(file.slice(0, -5));
  }

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://intake").pathname;
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    // One server plays the default intake, every province's office (`/api/reports/<office>`) and the staff
    // intake (`/api/cases`).
    const isCase = path === "/api/cases";
    if (!isCase && !/^\/api\/reports(\/[a-z0-9-]{1,40})?$/.test(path))
      return json(res, 404, { reason: "not found" });
    if (req.method === "GET")
      return json(res, 200, isCase ? { cases: [...cases.values()] } : { reports: [...reports.values()] });
    if (req.method !== "POST") return json(res, 405, { reason: "method not allowed" });

    const key = req.headers["idempotency-key"];
    const id = typeof key === "string" ? key : undefined;
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      log.push({ at: Date.now(), id, status, path });
      json(res, status, body, headers);
    };
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      return answer(413, { reason: "report too large" });
    }
    if (mode.kind === "hang") {
      log.push({ at: Date.now(), id, status: 0, path });
      hanging.add(res);
      return;
    }
    if (mode.kind === "status") {
      return answer(
        mode.status,
        mode.body ?? { reason: `test status ${mode.status}` },
        mode.retryAfter ? { "retry-after": mode.retryAfter } : {},
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, { reason: "body is not JSON" });
    }
    const parsed = isCase ? CaseReportSchema.safeParse(body) : ReportSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return answer(400, {
        reason: `invalid ${isCase ? "case" : "report"}: ${issue?.path.join(".")} ${issue?.message}`,
      });
    }
    const report = parsed.data;
    if (id !== report.id) return answer(400, { reason: "Idempotency-Key must equal the report id" });
    if (known.has(report.id)) return answer(409, { id: report.id, status: "duplicate" });
    known.add(report.id);
    if ("kind" in report) cases.set(report.id, report);
    else reports.set(report.id, report);
    paths.set(report.id, path);
    if (options.dir)
      writeFileSync(join(options.dir, `${report.id}.json`), `${JSON.stringify(report, null, 2)}\n`);
    if (!("kind" in report)) options.onReport?.(report);
    if (mode.kind === "store-then-hang") {
      log.push({ at: Date.now(), id, status: 0, path });
      hanging.add(res);
      return;
    }
    answer(201, { id: report.id, status: "accepted" });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/reports`,
    casesUrl: `http://127.0.0.1:${port}/api/cases`,
    port,
    reports,
    cases,
    paths,
    log,
    setMode(next) {
      mode = next;
      if (next.kind !== "hang") for (const res of hanging) res.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
