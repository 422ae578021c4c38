import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseLocation, openDatabase } from "../../../server/db/open";

export type DatabaseKind = "PGlite" | "PostgreSQL";
/** Every server test runs on both. */
export const DATABASE_KINDS: DatabaseKind[] = ["PGlite", "PostgreSQL"];

let template: Promise<Blob> | undefined;

/** A migrated embedded database, dumped once per test process: a new one starts from it in half a second. */
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const database = await openDatabase({ kind: "memory" });
    const dump = await database.dump();
    await database.close();
    if (!dump) throw new Error("PGlite gave no dump");
    return dump;
  })();
  return template;
}

/** A new, empty database of that kind on a fresh PostgreSQL database of the test server. */
export async function freshDatabaseLocation(
  kind: DatabaseKind,
  postgresUrl: string,
): Promise<DatabaseLocation> {
  if (kind === "PGlite") return { kind: "memory", template: await pgliteTemplate() };
  const name = `soi_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { kind: "server", url: url.toString() };
}
