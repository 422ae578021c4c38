import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, type RawBuilder, sql } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-lock";
import { migrateToLatest } from "./migrate";
import { PGliteDialect } from "./pglite-dialect";
import type { Database } from "./tables";

/** Where the data lives: an embedded PostgreSQL (a folder, or memory for tests) or a PostgreSQL server. */
export type DatabaseLocation =
  | { kind: "embedded"; dataDir: string }
  /** Tests: an embedded database in memory, optionally started from a dump of a migrated one. */
  | { kind: "memory"; template?: Blob }
  | { kind: "server"; url: string; poolSize?: number };

export interface OpenDatabase {
  db: Kysely<Database>;
  /** Said at start, without a password. */
  description: string;
  kind: "embedded" | "server";
  /** A `bytea` value as this database takes it best (see byteaForEmbedded). */
  bytea: ByteaParam;
  /** A dump of an embedded database's files (tests start new ones from it); undefined on a server. */
  dump(): Promise<Blob | undefined>;
  close(): Promise<void>;
}

export type ByteaParam = (bytes: Buffer) => Buffer | RawBuilder<Uint8Array>;

/**
 * PGlite turns a byte parameter into text in JavaScript, which took 7 ms for 80 KB against 1.2 ms for base64
 * text decoded by PostgreSQL itself (scripts/bench-intake.ts); a server takes the bytes as they are (binary).
 */
const byteaForEmbedded: ByteaParam = (bytes) =>
  sql<Uint8Array>`decode(${bytes.toString("base64")}, 'base64')`;
const byteaForServer: ByteaParam = (bytes) => bytes;

function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unreadable DATABASE_URL)";
  }
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  if (location.kind === "server") {
    const pool = new pg.Pool({ connectionString: location.url, max: location.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrateToLatest(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return {
      db,
      kind: "server",
      bytea: byteaForServer,
      description: `PostgreSQL server ${withoutPassword(location.url)}`,
      dump: async () => undefined,
      close: () => db.destroy(),
    };
  }
  let release: () => void = () => undefined;
  let pglite: PGlite;
  if (location.kind === "embedded") {
    mkdirSync(location.dataDir, { recursive: true });
    release = lockDataDir(location.dataDir);
    pglite = new PGlite(location.dataDir);
  } else {
    pglite = new PGlite(location.template ? { loadDataDir: location.template } : {});
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const close = async () => {
    await db.destroy();
    release();
  };
  try {
    await pglite.waitReady;
    await migrateToLatest(db);
  } catch (e) {
    await close();
    throw e;
  }
  return {
    db,
    kind: "embedded",
    bytea: byteaForEmbedded,
    description:
      location.kind === "embedded"
        ? `embedded PostgreSQL (PGlite) in ${location.dataDir}`
        : "embedded PostgreSQL (PGlite) in memory",
    dump: async () => (await pglite.dumpDataDir("none")) as Blob,
    close,
  };
}
