import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/tables";

export interface Actor {
  id: string | null;
  /** As shown in the log: the account name, or "cli" / "scheduler". */
  name: string;
  officeId: string;
}

export interface AuditEntry {
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log (the database refuses any change to what is there). */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Actor,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db
    .insertInto("audit_log")
    .values(
      list.map((e) => ({
        office_id: actor.officeId,
        actor_id: actor.id,
        actor: actor.name,
        action: e.action,
        subject: e.subject,
        before: e.before === undefined ? null : JSON.stringify(e.before),
        after: e.after === undefined ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

/** The office's log, newest first. */
export async function auditLog(
  db: Kysely<Database>,
  officeId: string,
  options: { limit: number; beforeId?: string },
): Promise<AuditRow[]> {
  let query = db
    .selectFrom("audit_log")
    .select(["id", "at", "actor", "action", "subject", "before", "after"])
    .where("office_id", "=", officeId)
    .orderBy("id", "desc")
    .limit(options.limit);
  if (options.beforeId) query = query.where("id", "<", options.beforeId);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, id: String(r.id), at: new Date(r.at).toISOString() }));
}
