import { type Kysely, sql, type Transaction } from "kysely";
import { type Warning, WarningSchema } from "../../utils/feed/schema";
import { type Actor, audit } from "../audit/audit";
import type { Database } from "../db/tables";
import { targetKey } from "./target-keys";
import { type WarningInput, warningFrom } from "./warning-input";

export interface OfficeWarning {
  warning: Warning;
  status: "active" | "withdrawn";
  /** Another office's warning taken into this one's feed: whose, and its id there. */
  adoptedFrom?: { publisher: string; id: string; feedUrl: string };
  createdAt: string;
  updatedAt: string;
  /** The feed serial that last carried this version; absent until published. */
  publishedSerial?: number;
  /** The submissions it answers. */
  submissions: number;
}

type Db = Kysely<Database> | Transaction<Database>;

export class WarningError extends Error {}

async function officeName(db: Db, officeId: string): Promise<string> {
  const row = await db.selectFrom("offices").select("name").where("id", "=", officeId).executeTakeFirst();
  if (!row) throw new WarningError(`there is no office "${officeId}"`);
  return row.name;
}

async function nextId(db: Db, officeId: string): Promise<string> {
  const { rows } = await sql<{ n: number }>`select nextval('warning_numbers')::int as n`.execute(db);
  return `${officeId}-w${rows[0]?.n ?? 0}`;
}

/**
 * A new warning of the office, from an officer's input (or adopted from another office's feed). Not in any feed
 * until the next publish. Submissions it answers are linked to it and move to "in review".
 */
export async function createWarning(
  db: Kysely<Database>,
  actor: Actor,
  input: WarningInput,
  options: { submissionIds?: string[]; adoptedFrom?: OfficeWarning["adoptedFrom"]; warning?: Warning } = {},
): Promise<Warning> {
  return db.transaction().execute(async (tx) => {
    const id = await nextId(tx, actor.officeId);
    const warning = options.warning
      ? WarningSchema.parse({ ...options.warning, id })
      : warningFrom(id, input, await officeName(tx, actor.officeId));
    const now = new Date();
    await tx
      .insertInto("warnings")
      .values({
        office_id: actor.officeId,
        id,
        warning: JSON.stringify(warning),
        status: "active",
        target_key: targetKey(warning.target),
        adopted_from: options.adoptedFrom ? JSON.stringify(options.adoptedFrom) : null,
        created_by: actor.id,
        updated_at: now,
      })
      .execute();
    await audit(tx, actor, {
      action: options.adoptedFrom ? "warning.adopt" : "warning.create",
      subject: `warning:${id}`,
      after: options.adoptedFrom ? { warning, adoptedFrom: options.adoptedFrom } : warning,
    });
    const ids = options.submissionIds ?? [];
    if (ids.length > 0) {
      const open = await tx
        .selectFrom("submissions")
        .select(["id", "state"])
        .where("office_id", "=", actor.officeId)
        .where("id", "in", ids)
        .execute();
      if (open.length !== ids.length) throw new WarningError("a submission is not this office's");
      await tx
        .insertInto("warning_submissions")
        .values(open.map((s) => ({ office_id: actor.officeId, warning_id: id, submission_id: s.id })))
        .execute();
      const moving = open.filter((s) => s.state === "received" || s.state === "in_review");
      if (moving.length > 0) {
        const note = { vi: "Đã lập cảnh báo, chờ công bố", en: "A warning was made; it awaits publication" };
        await tx
          .updateTable("submissions")
          .set({ state: "in_review", state_note: JSON.stringify(note), state_changed_at: now })
          .where(
            "id",
            "in",
            moving.map((s) => s.id),
          )
          .execute();
        await audit(
          tx,
          actor,
          moving.map((s) => ({
            action: "submission.accept",
            subject: `submission:${s.id}`,
            before: { state: s.state },
            after: { state: "in_review", warning: id },
          })),
        );
      }
    }
    return warning;
  });
}

async function heldWarning(db: Db, officeId: string, id: string) {
  const row = await db
    .selectFrom("warnings")
    .select(["warning", "status"])
    .where("office_id", "=", officeId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new WarningError(`there is no warning "${id}" in this office`);
  return { warning: WarningSchema.parse(row.warning), status: row.status };
}

/** Changes a warning: the next publish carries the new version. */
export async function editWarning(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: WarningInput,
): Promise<Warning> {
  return db.transaction().execute(async (tx) => {
    const before = await heldWarning(tx, actor.officeId, id);
    if (before.status === "withdrawn") throw new WarningError("a withdrawn warning cannot be changed");
    const warning = warningFrom(id, input, await officeName(tx, actor.officeId));
    await tx
      .updateTable("warnings")
      .set({
        warning: JSON.stringify(warning),
        target_key: targetKey(warning.target),
        updated_at: new Date(),
      })
      .where("office_id", "=", actor.officeId)
      .where("id", "=", id)
      .execute();
    await audit(tx, actor, {
      action: "warning.edit",
      subject: `warning:${id}`,
      before: before.warning,
      after: warning,
    });
    return warning;
  });
}

/** Withdraws a warning (a seller's successful appeal, a mistake): the next publish removes it from the feed. */
export async function withdrawWarning(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await heldWarning(tx, actor.officeId, id);
    if (before.status === "withdrawn") return;
    await tx
      .updateTable("warnings")
      .set({ status: "withdrawn", updated_at: new Date() })
      .where("office_id", "=", actor.officeId)
      .where("id", "=", id)
      .execute();
    await audit(tx, actor, {
      action: "warning.withdraw",
      subject: `warning:${id}`,
      before: { status: "active" },
      after: { status: "withdrawn", reason },
    });
  });
}

const toOfficeWarning = (r: {
  warning: unknown;
  status: "active" | "withdrawn";
  adopted_from: unknown;
  created_at: Date;
  updated_at: Date | string;
  published_serial: number | null;
  submissions: number;
}): OfficeWarning => ({
  warning: WarningSchema.parse(r.warning),
  status: r.status,
  ...(r.adopted_from ? { adoptedFrom: r.adopted_from as NonNullable<OfficeWarning["adoptedFrom"]> } : {}),
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.published_serial !== null ? { publishedSerial: r.published_serial } : {}),
  submissions: r.submissions,
});

function selectWarnings(db: Db, officeId: string) {
  return db
    .selectFrom("warnings as w")
    .select([
      "w.warning",
      "w.status",
      "w.adopted_from",
      "w.created_at",
      "w.updated_at",
      "w.published_serial",
      (eb) =>
        eb
          .selectFrom("warning_submissions as ws")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("ws.warning_id", "=", "w.id")
          .whereRef("ws.office_id", "=", "w.office_id")
          .as("submissions"),
    ])
    .where("w.office_id", "=", officeId);
}

export async function listWarnings(
  db: Kysely<Database>,
  officeId: string,
  status?: "active" | "withdrawn",
): Promise<OfficeWarning[]> {
  let query = selectWarnings(db, officeId).orderBy("w.updated_at", "desc").limit(1000);
  if (status) query = query.where("w.status", "=", status);
  const rows = await query.execute();
  return rows.map((r) => toOfficeWarning({ ...r, submissions: Number(r.submissions ?? 0) }));
}

export async function warningsAbout(
  db: Kysely<Database>,
  officeId: string,
  keys: string[],
): Promise<OfficeWarning[]> {
  if (keys.length === 0) return [];
  const rows = await selectWarnings(db, officeId)
    .where("w.target_key", "in", keys)
    .orderBy("w.updated_at", "desc")
    .execute();
  return rows.map((r) => toOfficeWarning({ ...r, submissions: Number(r.submissions ?? 0) }));
}

export async function warningById(
  db: Kysely<Database>,
  officeId: string,
  id: string,
): Promise<OfficeWarning | undefined> {
  const row = await selectWarnings(db, officeId).where("w.id", "=", id).executeTakeFirst();
  return row && toOfficeWarning({ ...row, submissions: Number(row.submissions ?? 0) });
}
