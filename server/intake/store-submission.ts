import { type Kysely, sql } from "kysely";
import type { ByteaParam } from "../db/open";
import type { Database } from "../db/tables";
import { queueColumns } from "../submissions/queue-columns";
import { newStatusToken, tokenHash } from "../submissions/status-token";
import { listingRows, type Submission, storedBody } from "../submissions/submission-rows";
import { checkScreenshot, listingHashMatches } from "./evidence";
import { receiptNumber } from "./receipt";

export interface Stored {
  receipt: string;
  statusToken: string;
  evidenceOk: boolean;
}

/** Thrown inside the transaction when the id is already stored: nothing of this attempt is kept. */
export class AlreadyStored extends Error {}

/**
 * Stores a submission in one transaction: each screenshot checked, hashed and written once per SHA-256 (one at
 * a time, so a 40 MB case never holds its pictures decoded all at once), then the submission with its receipt
 * number, its listings and the hash of a new status token. Resolves only after the commit.
 */
export async function storeSubmission(
  db: Kysely<Database>,
  submission: Submission,
  meta: { officeId: string; bodySha256: string; receivedAt: Date; bytea: ByteaParam },
): Promise<Stored> {
  const rows = listingRows(submission);
  const statusToken = newStatusToken();
  return db.transaction().execute(async (tx) => {
    let evidenceOk = true;
    const listings = [];
    for (const { screenshot, listingHash, ...row } of rows) {
      let picture:
        | { screenshot_sha256: string; screenshot_claimed_sha256: string; screenshot_hash_ok: boolean }
        | undefined;
      if (screenshot) {
        const where =
          submission.kind === "report" ? "evidence.screenshot" : `items.${row.position}.evidence.screenshot`;
        const checked = checkScreenshot(screenshot, where);
        await tx
          .insertInto("evidence_files")
          .values({
            sha256: checked.sha256,
            media_type: "image/jpeg",
            byte_size: checked.bytes.length,
            width: checked.width,
            height: checked.height,
            bytes: meta.bytea(checked.bytes),
          })
          .onConflict((c) => c.column("sha256").doNothing())
          .execute();
        picture = {
          screenshot_sha256: checked.sha256,
          screenshot_claimed_sha256: checked.claimedSha256,
          screenshot_hash_ok: checked.hashOk,
        };
        evidenceOk &&= checked.hashOk;
      }
      const listingOk = listingHash ? listingHashMatches(listingHash.json, listingHash.claimed) : null;
      if (listingOk === false) evidenceOk = false;
      listings.push({
        ...row,
        screenshot_sha256: picture?.screenshot_sha256 ?? null,
        screenshot_claimed_sha256: picture?.screenshot_claimed_sha256 ?? null,
        screenshot_hash_ok: picture?.screenshot_hash_ok ?? null,
        listing_hash_ok: listingOk,
      });
    }

    const { n } = await sql<{ n: number }>`select nextval('receipt_numbers')::int as n`
      .execute(tx)
      .then((r) => r.rows[0] ?? { n: 0 });
    const receipt = receiptNumber(n, meta.receivedAt);
    const { body, contact } = storedBody(submission);
    const inserted = await tx
      .insertInto("submissions")
      .values({
        id: submission.body.id,
        kind: submission.kind,
        office_id: meta.officeId,
        receipt,
        body_sha256: meta.bodySha256,
        body: JSON.stringify(body),
        contact: contact === null ? null : JSON.stringify(contact),
        province: submission.kind === "report" ? (submission.body.province ?? null) : null,
        received_at: meta.receivedAt,
        state: "received",
        state_changed_at: meta.receivedAt,
        evidence_ok: evidenceOk,
        item_count: rows.length,
        ...queueColumns(submission),
      })
      .onConflict((c) => c.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) throw new AlreadyStored();
    await tx
      .insertInto("submitted_listings")
      .values(listings.map((l) => ({ submission_id: submission.body.id, ...l })))
      .execute();
    await tx
      .insertInto("status_tokens")
      .values({ token_sha256: tokenHash(statusToken), submission_id: submission.body.id })
      .execute();
    return { receipt, statusToken, evidenceOk };
  });
}

/** Most status tokens one submission collects (each identical resend after a lost answer gets one). */
const MAX_TOKENS = 20;

/**
 * The same id again. The same body (a resend after a lost answer): a new status token for the receipt it has.
 * Another body: refused; the first is kept.
 */
export async function answerDuplicate(
  db: Kysely<Database>,
  id: string,
  bodySha256: string,
): Promise<{ kind: "same"; receipt: string; statusToken?: string } | { kind: "different" }> {
  const existing = await db
    .selectFrom("submissions")
    .select(["receipt", "body_sha256"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!existing) throw new Error(`submission ${id} vanished`);
  if (existing.body_sha256 !== bodySha256) return { kind: "different" };
  const { n } = await db
    .selectFrom("status_tokens")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("submission_id", "=", id)
    .executeTakeFirstOrThrow();
  if (n >= MAX_TOKENS) return { kind: "same", receipt: existing.receipt };
  const statusToken = newStatusToken();
  await db
    .insertInto("status_tokens")
    .values({ token_sha256: tokenHash(statusToken), submission_id: id })
    .execute();
  return { kind: "same", receipt: existing.receipt, statusToken };
}

export async function isStored(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom("submissions").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}
