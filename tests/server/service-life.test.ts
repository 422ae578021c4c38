import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { MIGRATIONS } from "../../server/db/migrations";
import { openDatabase } from "../../server/db/open";
import { startIntakeService } from "../../server/service";
import { IntakeReceiptSchema } from "../../utils/delivery/intake-protocol";
import { DATABASE_KINDS } from "./support/databases";
import { startTestService } from "./support/service";
import { makeReport, screenshotOf, uniqueJpeg } from "./support/submissions";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-intake-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(DATABASE_KINDS)("the service's log on %s", (kind) => {
  it("one JSON line per request, with no personal data, token, address or body in it", async () => {
    const lines: string[] = [];
    const intake = await startTestService(kind, inject("postgresUrl"), {
      log: { write: (l) => lines.push(l) },
    });
    try {
      const report = makeReport({
        note: "người bán ở chợ Bến Thành",
        contact: { name: "Nguyễn Thị Lan", phone: "0901 234 567", email: "lan@example.vn" },
        screenshot: screenshotOf(uniqueJpeg("log")),
      });
      const receipt = IntakeReceiptSchema.parse((await intake.post("/api/reports", report)).body);
      await intake.status(receipt.statusUrl, receipt.statusToken);
      await intake.post("/api/reports", { nope: true }, { key: "x" });
      const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
      expect(requests.map((r) => [r.method, r.route, r.status, r.outcome])).toEqual([
        ["POST", "/api/reports", 201, "stored"],
        ["GET", "/api/status/:receipt", 200, "status"],
        ["POST", "/api/reports", 422, "invalid"],
      ]);
      // The service's random port, its process id and the times may hold any digits ("…:40901"): they are
      // set aside before the phone number is looked for, as written and by its digits alone.
      const all = lines
        .join("\n")
        .replace(/(127\.0\.0\.1|localhost):\d+/g, "$1:port")
        .replace(/"(time|pid|ms)":[\d.]+/g, '"$1":0');
      for (const secret of [
        "Lan",
        "0901 234 567",
        "0901234567",
        "0901",
        "lan@example",
        "Bến Thành",
        receipt.statusToken,
        receipt.receipt,
        report.id,
      ])
        expect(all).not.toContain(secret);
      for (const r of requests) expect(Object.keys(r)).not.toContain("remoteAddress");
    } finally {
      await intake.close();
    }
  });
});

describe("the embedded database in a folder", () => {
  it("keeps what it stored across restarts, runs no migration twice, and is one process's at a time", async () => {
    const dir = tempDir();
    const first = await startIntakeService({ database: { kind: "embedded", dataDir: dir } });
    const report = makeReport();
    const answer = await fetch(`${first.origin}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": report.id },
      body: JSON.stringify(report),
    });
    const receipt = IntakeReceiptSchema.parse(await answer.json());
    // A second opener of the same folder is refused while the first runs.
    await expect(openDatabase({ kind: "embedded", dataDir: dir })).rejects.toThrow(/in use by process/);
    await first.close();

    const second = await startIntakeService({ database: { kind: "embedded", dataDir: dir } });
    try {
      const status = await fetch(`${second.origin}${receipt.statusUrl}`, {
        headers: { authorization: `Bearer ${receipt.statusToken}` },
      });
      expect(status.status).toBe(200);
      const migrations = await second.database.db
        .selectFrom("schema_migrations" as never)
        .select("name" as never)
        .execute();
      expect(migrations).toHaveLength(Object.keys(MIGRATIONS).length);
    } finally {
      await second.close();
    }
  });
});

const tsx = join("node_modules", ".bin", "tsx");

describe("npm run intake", () => {
  it("--help prints the usage and exits 0; an unknown command or a missing argument exits non-zero with it", () => {
    const help = spawnSync(tsx, ["server/main.ts", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("office add --id <slug>");
    const unknown = spawnSync(tsx, ["server/main.ts", "frobnicate"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = spawnSync(tsx, ["server/main.ts", "office", "add", "--id", "hcm", "--data", tempDir()], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("office add needs --id and --name");
  });

  it("adds an office, then serves it and says where it listens; SIGTERM stops it cleanly", async () => {
    const dir = tempDir();
    const add = spawnSync(
      tsx,
      [
        "server/main.ts",
        "office",
        "add",
        "--id",
        "hcm",
        "--name",
        "Cục QLTT TP.HCM",
        "--province",
        "TP. Hồ Chí Minh",
        "--data",
        dir,
      ],
      { encoding: "utf8" },
    );
    expect(add.stderr).toBe("");
    expect(add.stdout).toContain("office hcm (Cục QLTT TP.HCM) takes reports at /api/reports/hcm");

    const child = spawn(tsx, ["server/main.ts", "--port", "0", "--data", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
      child.stdout.on("data", () => {
        // The banner ends with the health address.
        const match = /listening on (http:\/\/\S+)[\s\S]*health:/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(out).toContain("office hcm (Cục QLTT TP.HCM): reports");
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    const report = makeReport();
    const answer = await fetch(`${origin}/api/reports/hcm`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": report.id },
      body: JSON.stringify(report),
    });
    expect(answer.status).toBe(201);
    const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(out).toContain("SIGTERM: finishing the requests in flight");
  });
});
