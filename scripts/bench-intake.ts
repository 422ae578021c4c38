// `npm run bench -- --only=intake`: the office's intake service under load, each database in turn, with a bare
// HTTP server under the same load as the floor of this machine (the load and the service share its 2 cores).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../tests/server/support/free-port";
import { startPostgresCluster } from "../tests/server/support/postgres-cluster";
import { makeCase, screenshotOf, uniqueJpeg } from "../tests/server/support/submissions";
import { buildReport, newReportId } from "../utils/reports/build";
import { fmt, verdictLine } from "./bench-report";

const CLIENTS = 50;
const SUSTAIN_S = 10;
const WARMUP_S = 2;
const OFFERED_PER_S = 1000;
const OFFERED_S = 5;

/** A report with its own 80 KB screenshot (the demo JPEG with a unique comment segment): no two alike. */
function reportBody(n: number): { id: string; body: string } {
  const report = buildReport(
    {
      listing: {
        platform: "shopee",
        key: `shopee:${9_100_000_000 + (n % 5000)}:${3_000_000_000 + n}`,
        url: `https://shopee.vn/x-i.${9_100_000_000 + (n % 5000)}.${3_000_000_000 + n}`,
        title: `Túi xách nữ cao cấp mẫu ${n}`,
        price: 450_000,
        currency: "VND",
        sellerId: String(9_100_000_000 + (n % 5000)),
        pageKind: "search",
      },
      category: "counterfeit",
      note: "Giá rẻ bất thường so với hàng chính hãng",
      pageUrl: "https://shopee.vn/search?keyword=tui",
      pageTitle: "Tìm kiếm",
      entryPoint: "badge",
      screenshot: screenshotOf(uniqueJpeg(`bench ${n} ${Math.random()}`)),
    },
    { id: newReportId(), now: new Date(), version: "0.1.0", locale: "vi" },
  );
  return { id: report.id, body: JSON.stringify(report) };
}

const agent = new Agent({ keepAlive: true, maxSockets: 2000 });

function post(port: number, path: string, id: string, body: string) {
  return new Promise<{ status: number; retryAfter: number; ms: number }>((resolve) => {
    const t0 = performance.now();
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "idempotency-key": id,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Number(res.headers["retry-after"] ?? 0),
            ms: performance.now() - t0,
          }),
        );
      },
    );
    req.on("error", () => resolve({ status: 0, retryAfter: 1, ms: performance.now() - t0 }));
    req.end(body);
  });
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

interface Target {
  name: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** Submissions stored, read from the database (after the service has stopped, for the embedded one). */
  stored?: () => Promise<number>;
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function started(child: ChildProcess, marker: RegExp): Promise<void> {
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (out.length < 10_000) out += chunk.toString();
      if (marker.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited (${code}): ${out}`)));
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

/** The intake as an office runs it, in its own process; its default office takes more than a day's cap here. */
async function startService(name: string, env: Record<string, string>, dataDir?: string): Promise<Target> {
  const port = await freePort();
  const data = dataDir ? ["--data", dataDir] : [];
  const office = ["office", "add", "--id", "default", "--name", "Bench", "--daily-cap", "1000000"];
  const add = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts", ...office, ...data], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (add.status !== 0) throw new Error(`office add failed: ${add.stderr}`);
  const args = ["--import", "tsx", "server/main.ts", "--port", String(port), "--rate-limit", "100000000"];
  const child = spawn(process.execPath, [...args, ...data], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await started(child, /health:/);
  return { name, port, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** The floor: a bare Node server that reads each body and answers 201, under the same load. */
async function startFloor(): Promise<Target> {
  const port = await freePort();
  const code = `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => { s.writeHead(201, {"content-type": "application/json"}); s.end('{"status":"accepted"}'); }); }).listen(${port}, "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "pipe"] });
  await started(child, /ready/);
  return {
    name: "HTTP floor (bare Node server, no work)",
    port,
    pid: child.pid ?? 0,
    stop: () => stopChild(child),
  };
}

/** CLIENTS clients, each sending its next report as soon as the last is answered. */
async function sustained(target: Target) {
  let n = 0;
  const latencies: number[] = [];
  let ok = 0;
  let refused = 0;
  const warmEnd = Date.now() + WARMUP_S * 1000;
  const end = warmEnd + SUSTAIN_S * 1000;
  const client = async () => {
    while (Date.now() < end) {
      const { id, body } = reportBody(n++);
      const answer = await post(target.port, "/api/reports", id, body);
      if (Date.now() < warmEnd) continue;
      if (answer.status === 201) {
        ok++;
        latencies.push(answer.ms);
      } else refused++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return {
    perSecond: ok / SUSTAIN_S,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    refused,
  };
}

/** 1,000 reports a second offered for 5 s, each from a client that retries after Retry-After when refused. */
async function overload(target: Target) {
  const ids: string[] = [];
  let firstTry = 0;
  let refusals = 0;
  let failed = 0;
  const t0 = Date.now();
  const sends: Promise<void>[] = [];
  const total = OFFERED_PER_S * OFFERED_S;
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / OFFERED_PER_S;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { id, body } = reportBody(1_000_000 + i);
    ids.push(id);
    sends.push(
      (async () => {
        for (let attempt = 0; attempt < 60; attempt++) {
          const answer = await post(target.port, "/api/reports", id, body);
          if (answer.status === 201 || answer.status === 409) {
            if (attempt === 0) firstTry++;
            return;
          }
          refusals++;
          // As the extension does: Retry-After, at most 10 minutes.
          await new Promise((r) => setTimeout(r, Math.min(answer.retryAfter || 1, 600) * 1000));
        }
        failed++;
      })(),
    );
  }
  const offeredFor = (Date.now() - t0) / 1000;
  await Promise.all(sends);
  return { ids, firstTry, refusals, failed, offeredFor, drained: (Date.now() - t0) / 1000 };
}

async function countIds(url: string, ids: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from submissions where id = any($1::uuid[])",
      [ids],
    );
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

async function countIdsEmbedded(dir: string, ids: string[]): Promise<number> {
  const { openDatabase } = await import("../server/db/open");
  const database = await openDatabase({ kind: "embedded", dataDir: dir });
  try {
    const { sql } = await import("kysely");
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from submissions where id = any(${ids}::uuid[])`.execute(database.db);
    return rows[0]?.n ?? 0;
  } finally {
    await database.close();
  }
}

/** A case of 200 listings with a 150 KB picture each: about 40 MB of JSON. */
function bigCase(): { id: string; body: string } {
  const pad = Buffer.alloc(73_000, 0x55);
  const kase = makeCase(200, {
    picture: (i) =>
      Buffer.concat([
        uniqueJpeg(`case item ${i} ${Math.random()}`).subarray(0, -2),
        pad,
        Buffer.from([0xff, 0xd9]),
      ]),
  });
  return { id: kase.id, body: JSON.stringify(kase) };
}

async function caseMemory(target: Target) {
  await post(target.port, "/api/reports", ...(Object.values(reportBody(0)) as [string, string]));
  const before = peakRssMb(target.pid);
  const kase = bigCase();
  const size = Buffer.byteLength(kase.body) / 1024 / 1024;
  const answer = await post(target.port, "/api/cases", kase.id, kase.body);
  return { status: answer.status, ms: answer.ms, size, before, after: peakRssMb(target.pid) };
}

export async function benchIntake(): Promise<void> {
  console.log(
    `\nIntake service (reports with an 80 KB screenshot; ${CLIENTS} clients for ${SUSTAIN_S} s after ${WARMUP_S} s; ` +
      "the service in its own process, the load from this one, on the same 2 cores)",
  );
  console.log(
    `    ${"".padEnd(44)} ${"reports/s".padStart(10)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  refused`,
  );
  const row = (name: string, r: Awaited<ReturnType<typeof sustained>>) =>
    console.log(
      `    ${name.padEnd(44)} ${fmt(r.perSecond, 0).padStart(10)} ${fmt(r.p50, 1).padStart(8)} ${fmt(r.p99, 1).padStart(8)}  ${r.refused}`,
    );

  const floor = await startFloor();
  row(floor.name, await sustained(floor));
  await floor.stop();

  const dir = mkdtempSync(join(tmpdir(), "soi-hang-bench-intake-"));
  const cluster = await startPostgresCluster({ durable: true });
  const results: Record<
    string,
    {
      sustained: Awaited<ReturnType<typeof sustained>>;
      overload: Awaited<ReturnType<typeof overload>>;
      stored: number;
      memory: Awaited<ReturnType<typeof caseMemory>>;
    }
  > = {};
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database intake_bench");
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, "/intake_bench");
    for (const kind of ["PostgreSQL 15 (server, fsync on)", "PGlite (embedded, in a folder)"]) {
      const embedded = kind.startsWith("PGlite");
      const data = join(dir, "data");
      const env: Record<string, string> = embedded ? {} : { DATABASE_URL: url };
      let service = await startService(kind, env, embedded ? data : undefined);
      const s = await sustained(service);
      row(kind, s);
      const o = await overload(service);
      await service.stop();
      const stored = embedded ? await countIdsEmbedded(data, o.ids) : await countIds(url, o.ids);
      service = await startService(kind, env, embedded ? data : undefined);
      const memory = await caseMemory(service);
      await service.stop();
      results[kind] = { sustained: s, overload: o, stored, memory };
    }
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    `\n  Overload: ${OFFERED_PER_S.toLocaleString("en")} reports/s offered for ${OFFERED_S} s; a refused client waits Retry-After and sends again`,
  );
  for (const [kind, r] of Object.entries(results)) {
    const o = r.overload;
    console.log(
      `    ${kind.padEnd(44)} offered in ${fmt(o.offeredFor, 1)} s; taken at the first try ${o.firstTry}, ` +
        `429s answered ${o.refusals}; stored ${r.stored} of ${o.ids.length} (lost ${o.ids.length - r.stored}); all in by ${fmt(o.drained, 1)} s`,
    );
  }
  console.log("\n  Memory: one 40 MB case, the service's peak resident memory (VmHWM) before and after");
  for (const [kind, r] of Object.entries(results)) {
    const m = r.memory;
    console.log(
      `    ${kind.padEnd(44)} ${fmt(m.size, 1)} MB case → HTTP ${m.status} in ${fmt(m.ms / 1000, 1)} s; peak RSS ${fmt(m.before, 0)} → ${fmt(m.after, 0)} MB (+${fmt(m.after - m.before, 0)} MB, ${fmt((m.after - m.before) / m.size, 1)}× the case)`,
    );
  }
  const server = results["PostgreSQL 15 (server, fsync on)"];
  if (server) {
    verdictLine(
      "sustained intake on PostgreSQL",
      `${fmt(server.sustained.perSecond, 0)} /s`,
      "≥ 200/s",
      server.sustained.perSecond >= 200,
    );
    verdictLine(
      "p99 latency on PostgreSQL",
      `${fmt(server.sustained.p99, 0)} ms`,
      "< 250 ms",
      server.sustained.p99 < 250,
    );
    verdictLine(
      "1,000/s offered: reports lost",
      String(server.overload.ids.length - server.stored),
      "0",
      server.overload.ids.length === server.stored,
    );
  }
}
