import { type Kysely, sql } from "kysely";

/**
 * The review workspace: staff accounts and sessions, the queue's columns on submissions, warnings and what they
 * came from, the office's published feeds, other offices' feeds it follows, and the append-only audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("staff_users")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("office_id", "text", (c) => c.notNull().references("offices.id"))
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('reviewer', 'publisher', 'admin')`))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("disabled", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_login_at", "timestamptz")
    .execute();

  await db.schema
    .createTable("staff_sessions")
    .addColumn("token_sha256", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("staff_users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();

  // The queue reads submissions by office, newest first, filtered and grouped: the columns it needs, on the row.
  await db.schema
    .alterTable("submissions")
    .addColumn("group_key", "text")
    .addColumn("platform", "text")
    .addColumn("category", "text")
    .addColumn("seller_id", "text")
    .addColumn("listing_key", "text")
    .addColumn("title", "text")
    .addColumn("search", sql`tsvector`)
    .execute();
  await sql`
    update submissions s set
      platform = l.platform, category = l.category, seller_id = l.seller_id, listing_key = l.listing_key,
      title = l.title,
      group_key = case when s.kind = 'case' then 'case:' || s.id::text
                       when l.seller_id is not null then 'seller:' || l.platform || ':' || l.seller_id
                       else 'listing:' || l.listing_key end,
      search = to_tsvector('simple', lower(l.title))
    from submitted_listings l where l.submission_id = s.id and l.position = 0`.execute(db);
  for (const [name, columns] of [
    ["submissions_office_state_received", ["office_id", "state", "received_at"]],
    ["submissions_office_group", ["office_id", "group_key", "received_at"]],
    ["submissions_office_platform", ["office_id", "platform", "received_at"]],
    ["submissions_office_seller", ["office_id", "seller_id"]],
    ["submissions_office_province", ["office_id", "province", "received_at"]],
  ] as const)
    await db.schema
      .createIndex(name)
      .on("submissions")
      .columns([...columns])
      .execute();
  await sql`create index submissions_search on submissions using gin (search)`.execute(db);

  await db.schema
    .createTable("warnings")
    .addColumn("office_id", "text", (c) => c.notNull().references("offices.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("warning", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('active', 'withdrawn')`))
    .addColumn("target_key", "text", (c) => c.notNull())
    .addColumn("adopted_from", "jsonb")
    .addColumn("created_by", "uuid", (c) => c.references("staff_users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_serial", "integer")
    .addPrimaryKeyConstraint("warnings_pk", ["office_id", "id"])
    .execute();
  await db.schema.createIndex("warnings_target").on("warnings").columns(["target_key"]).execute();
  await sql`create sequence warning_numbers`.execute(db);

  await db.schema
    .createTable("warning_submissions")
    .addColumn("office_id", "text", (c) => c.notNull())
    .addColumn("warning_id", "text", (c) => c.notNull())
    .addColumn("submission_id", "uuid", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("warning_submissions_pk", ["office_id", "warning_id", "submission_id"])
    .addForeignKeyConstraint("warning_submissions_warning", ["office_id", "warning_id"], "warnings", [
      "office_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("warning_submissions_submission")
    .on("warning_submissions")
    .column("submission_id")
    .execute();

  await db.schema
    .createTable("office_feeds")
    .addColumn("office_id", "text", (c) => c.primaryKey().references("offices.id"))
    .addColumn("key_file", "text")
    .addColumn("publisher_name", "jsonb")
    .addColumn("extras", "jsonb")
    .addColumn("auto_publish_minutes", "integer")
    .addColumn("public_url", "text")
    .execute();

  await db.schema
    .createTable("published_feeds")
    .addColumn("office_id", "text", (c) => c.notNull().references("offices.id"))
    .addColumn("serial", "integer", (c) => c.notNull())
    .addColumn("feed", "bytea", (c) => c.notNull())
    .addColumn("signature", "text", (c) => c.notNull())
    .addColumn("delta", "bytea")
    .addColumn("delta_signature", "text")
    .addColumn("published_at", "timestamptz", (c) => c.notNull())
    .addColumn("published_by", "uuid", (c) => c.references("staff_users.id"))
    .addPrimaryKeyConstraint("published_feeds_pk", ["office_id", "serial"])
    .execute();

  await db.schema
    .createTable("followed_feeds")
    .addColumn("office_id", "text", (c) => c.notNull().references("offices.id"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("keys", "jsonb", (c) => c.notNull())
    .addColumn("feed", "jsonb")
    .addColumn("serial", "integer")
    .addColumn("checked_at", "timestamptz")
    .addColumn("error", "text")
    .addPrimaryKeyConstraint("followed_feeds_pk", ["office_id", "url"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("office_id", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_log_office_at").on("audit_log").columns(["office_id", "at"]).execute();
  // Append-only, in the database itself: no role of the service can change or remove an entry.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete or truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}
