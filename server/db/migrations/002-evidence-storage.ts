import { type Kysely, sql } from "kysely";

/** Screenshots are JPEGs: PostgreSQL's attempt to compress each one before storing it out of line is wasted. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table evidence_files alter column bytes set storage external`.execute(db);
}
