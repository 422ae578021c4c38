import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LOCK = "intake.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The embedded database is one process's: a second process opening the same folder would corrupt it. Takes the
 * folder's lock (left over by a process that no longer runs, it is taken over) and returns its release.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(readFileSync(file, "utf8"));
      if (Number.isInteger(holder) && alive(holder))
        throw new Error(
          `the data folder ${dir} is in use by process ${holder} (a running intake?): stop it first, ` +
            "or use a PostgreSQL server (DATABASE_URL), which many processes can share",
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the data folder ${dir}`);
}
