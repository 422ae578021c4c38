import { type Kysely, sql } from "kysely";

/** Offices, submissions (reports and cases), the listings they are about, evidence by hash, status tokens. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("offices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("province", "text")
    .addColumn("daily_cap", "integer", (c) => c.notNull().defaultTo(2000))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("evidence_files")
    .addColumn("sha256", "text", (c) => c.primaryKey())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull())
    .addColumn("width", "integer")
    .addColumn("height", "integer")
    .addColumn("bytes", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await sql`create sequence receipt_numbers`.execute(db);

  await db.schema
    .createTable("submissions")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('report', 'case')`))
    .addColumn("office_id", "text", (c) => c.notNull().references("offices.id"))
    .addColumn("receipt", "text", (c) => c.notNull().unique())
    .addColumn("body_sha256", "text", (c) => c.notNull())
    .addColumn("body", "jsonb", (c) => c.notNull())
    .addColumn("contact", "jsonb")
    .addColumn("province", "text")
    .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("state", "text", (c) =>
      c
        .notNull()
        .defaultTo("received")
        .check(sql`state in ('received', 'in_review', 'action_taken', 'declined')`),
    )
    .addColumn("state_changed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("state_note", "jsonb")
    .addColumn("evidence_ok", "boolean", (c) => c.notNull())
    .addColumn("item_count", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("submissions_office_received")
    .on("submissions")
    .columns(["office_id", "received_at"])
    .execute();

  await db.schema
    .createTable("submitted_listings")
    .addColumn("submission_id", "uuid", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("listing_key", "text", (c) => c.notNull())
    .addColumn("seller_id", "text")
    .addColumn("seller_name", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("category", "text")
    .addColumn("price", "double precision")
    .addColumn("screenshot_sha256", "text", (c) => c.references("evidence_files.sha256"))
    .addColumn("screenshot_claimed_sha256", "text")
    .addColumn("screenshot_hash_ok", "boolean")
    .addColumn("listing_hash_ok", "boolean")
    .addPrimaryKeyConstraint("submitted_listings_pk", ["submission_id", "position"])
    .execute();
  await db.schema
    .createIndex("submitted_listings_listing")
    .on("submitted_listings")
    .column("listing_key")
    .execute();
  await db.schema
    .createIndex("submitted_listings_seller")
    .on("submitted_listings")
    .columns(["platform", "seller_id"])
    .execute();

  await db.schema
    .createTable("status_tokens")
    .addColumn("token_sha256", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "uuid", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("status_tokens_submission")
    .on("status_tokens")
    .column("submission_id")
    .execute();

  // A fresh service takes reports at /api/reports and cases at /api/cases: the default office.
  await sql`insert into offices (id, name) values ('default', 'Soi Hàng intake')`.execute(db);
}
