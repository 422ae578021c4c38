// A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries, a cluster in a temporary folder,
// trust authentication on a free port of 127.0.0.1. Stopped and removed by `stop()`.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port";

export interface PostgresCluster {
  /** Connection URL of the `postgres` database as the `postgres` superuser. */
  url: string;
  port: number;
  stop(): void;
}

/** The newest `/usr/lib/postgresql/<version>/bin` with initdb and pg_ctl, or undefined. */
export function postgresBinaries(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

/**
 * `durable: false` (tests) turns fsync off; benchmarks keep PostgreSQL's defaults, so that a commit is on disk
 * as it would be in an office.
 */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error(
      "PostgreSQL is not installed: the server tests run against both PGlite and a PostgreSQL server. " +
        "Install it (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL to a server of yours.",
    );
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-pg-"));
  // initdb refuses to run as root: as root, the cluster belongs to the postgres user the package created.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  run(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${
    options.durable ? "" : " -c fsync=off"
  }`;
  run(join(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", join(dir, "log"), "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
