import type { Kysely } from "kysely";
import { type MigrationProvider, Migrator } from "kysely/migration";
import { MIGRATIONS } from "./migrations";
import type { Database } from "./tables";

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; run at every start. Each migration runs in its own transaction. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: "schema_migrations" });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : error}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
