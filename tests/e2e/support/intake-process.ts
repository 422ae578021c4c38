// The intake service as an office runs it: `npm run intake` in a process of its own, on an embedded database in
// a folder, so that a test can kill it (SIGKILL) and start it again on the same data.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { openDatabase } from "../../../server/db/open";
import type { Database } from "../../../server/db/tables";
import { freePort } from "../../server/support/free-port";

export interface IntakeProcess {
  origin: string;
  /** Submissions the process has logged as stored since it (last) started. */
  storedSinceStart(): number;
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops the process (SIGTERM), then opens its database to look. */
  inspect<T>(look: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  remove(): Promise<void>;
}

export async function startIntakeProcess(): Promise<IntakeProcess> {
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-intake-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  let stored = 0;

  const start = async () => {
    stored = 0;
    // Node itself with tsx's loader, not the tsx command (which runs the program in a child of its own): the
    // signal must reach the process that holds the database.
    const next = spawn(
      process.execPath,
      ["--import", "tsx", "server/main.ts", "--port", String(port), "--data", dir, "--rate-limit", "1000000"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = next;
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the intake did not start: ${out}`)), 60_000);
      next.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        stored += chunk.toString().split('"outcome":"stored"').length - 1;
        if (/health:/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      next.stderr?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
      });
      next.once("exit", (code) => reject(new Error(`the intake exited (${code}): ${out}`)));
    });
  };
  const stop = async (signal: NodeJS.Signals) => {
    const current = child;
    child = undefined;
    if (!current || current.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
    current.kill(signal);
    await exited;
  };
  await start();
  return {
    origin: `http://127.0.0.1:${port}`,
    storedSinceStart: () => stored,
    kill: () => stop("SIGKILL"),
    start,
    async inspect(look) {
      await stop("SIGTERM");
      const database = await openDatabase({ kind: "embedded", dataDir: dir });
      try {
        return await look(database.db);
      } finally {
        await database.close();
      }
    },
    async remove() {
      await stop("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
