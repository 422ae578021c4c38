import type { Kysely } from "kysely";
import * as z from "zod/mini";
import {
  type SubmissionState,
  SubmissionStateSchema,
  type SubmissionStatus,
} from "../../utils/delivery/intake-protocol";
import { LocalizedTextSchema } from "../../utils/localized";
import type { Database } from "../db/tables";
import { tokenHash } from "./status-token";

export const StateChangeSchema = z.object({
  state: SubmissionStateSchema,
  /** What was done, or why the report was declined: the reporter reads it. */
  note: z.optional(LocalizedTextSchema),
});
export type StateChange = z.infer<typeof StateChangeSchema>;

/**
 * Moves a submission (by id or receipt) to a new state with its note, now. The one way states change: the
 * review workspace and the command line both call it. Resolves to false when there is no such submission.
 */
export async function setSubmissionState(
  db: Kysely<Database>,
  which: { id: string } | { receipt: string },
  change: StateChange,
  now = new Date(),
): Promise<boolean> {
  const { state, note } = StateChangeSchema.parse(change);
  const result = await db
    .updateTable("submissions")
    .set({ state, state_note: note ? JSON.stringify(note) : null, state_changed_at: now })
    .where("id" in which ? "id" : "receipt", "=", "id" in which ? which.id : which.receipt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** What the holder of a status token may read: the submission's receipt and state, nothing about anyone. */
export async function statusByToken(
  db: Kysely<Database>,
  receipt: string,
  token: string,
): Promise<SubmissionStatus | undefined> {
  const row = await db
    .selectFrom("status_tokens as t")
    .innerJoin("submissions as s", "s.id", "t.submission_id")
    .innerJoin("offices as o", "o.id", "s.office_id")
    .select([
      "s.receipt",
      "s.state",
      "s.state_changed_at",
      "s.received_at",
      "s.state_note",
      "o.name as office",
    ])
    .where("t.token_sha256", "=", tokenHash(token))
    .executeTakeFirst();
  if (!row || row.receipt !== receipt) return undefined;
  const note = row.state_note === null ? undefined : LocalizedTextSchema.safeParse(row.state_note);
  return {
    receipt: row.receipt,
    state: row.state as SubmissionState,
    changedAt: iso(row.state_changed_at),
    receivedAt: iso(row.received_at),
    office: row.office,
    ...(note?.success ? { note: note.data } : {}),
  };
}
