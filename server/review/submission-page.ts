import type { Kysely } from "kysely";
import type { SubmissionState } from "../../utils/delivery/intake-protocol";
import type { LocalizedText } from "../../utils/localized";
import { can } from "../accounts/roles";
import type { StaffUser } from "../accounts/users";
import type { Database } from "../db/tables";
import { type FollowedWarning, followedWarningsAbout } from "../following/followed-feeds";
import { keysOfListing } from "../warnings/target-keys";
import { type OfficeWarning, warningsAbout } from "../warnings/warnings";

export interface ListingEvidence {
  position: number;
  platform: string;
  key: string;
  url: string;
  title: string;
  sellerId: string | null;
  sellerName: string | null;
  price: number | null;
  screenshot?: { sha256: string; claimedSha256: string | null; hashOk: boolean | null; url: string };
  listingHashOk: boolean | null;
}

export interface SubmissionPage {
  id: string;
  kind: "report" | "case";
  receipt: string;
  receivedAt: string;
  state: SubmissionState;
  stateChangedAt: string;
  stateNote?: LocalizedText;
  evidenceOk: boolean;
  groupKey: string;
  /** As sent, without screenshot bytes or the contact. Untrusted: shown as text. */
  body: unknown;
  /** Only for roles that may read it. */
  contact?: unknown;
  hasContact: boolean;
  listings: ListingEvidence[];
  /** The other submissions of the same seller or listing, newest first. */
  sameGroup: {
    id: string;
    receipt: string;
    receivedAt: string;
    state: SubmissionState;
    title: string | null;
  }[];
  /** Warnings of this office about its listings, and those it answered. */
  warnings: OfficeWarning[];
  linkedWarnings: string[];
  /** What the offices this one follows have published about its listings. */
  followed: FollowedWarning[];
}

/** Where the workspace reads a stored picture. */
export const evidencePath = (sha256: string) => `/workspace/api/evidence/${sha256}`;

/** A submission as its page shows it; "forbidden" when it is another office's. */
export async function submissionPage(
  db: Kysely<Database>,
  user: StaffUser,
  id: string,
): Promise<SubmissionPage | "forbidden" | undefined> {
  const row = await db
    .selectFrom("submissions")
    .select([
      "id",
      "kind",
      "office_id",
      "receipt",
      "received_at",
      "state",
      "state_changed_at",
      "state_note",
      "evidence_ok",
      "group_key",
      "body",
      "contact",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.office_id !== user.officeId) return "forbidden";
  const listings = await db
    .selectFrom("submitted_listings")
    .selectAll()
    .where("submission_id", "=", id)
    .orderBy("position")
    .execute();
  const sameGroup = await db
    .selectFrom("submissions")
    .select(["id", "receipt", "received_at", "state", "title"])
    .where("office_id", "=", user.officeId)
    .where("group_key", "=", row.group_key ?? "")
    .where("id", "!=", id)
    .orderBy("received_at", "desc")
    .limit(50)
    .execute();
  const body = row.body as {
    listing?: { sellerUrl?: string };
    items?: { listing?: { sellerUrl?: string } }[];
  };
  const sellerUrls = [body.listing?.sellerUrl, ...(body.items ?? []).map((i) => i.listing?.sellerUrl)];
  const keys = [
    ...new Set(
      listings.flatMap((l) =>
        keysOfListing({
          platform: l.platform,
          key: l.listing_key,
          url: l.url,
          sellerId: l.seller_id,
          sellerUrl: sellerUrls[l.position] ?? null,
        }),
      ),
    ),
  ];
  const [warnings, linked, followed] = await Promise.all([
    warningsAbout(db, user.officeId, keys),
    db.selectFrom("warning_submissions").select("warning_id").where("submission_id", "=", id).execute(),
    followedWarningsAbout(db, user.officeId, keys),
  ]);
  return {
    id: row.id,
    kind: row.kind,
    receipt: row.receipt,
    receivedAt: new Date(row.received_at).toISOString(),
    state: row.state,
    stateChangedAt: new Date(row.state_changed_at).toISOString(),
    ...(row.state_note ? { stateNote: row.state_note } : {}),
    evidenceOk: row.evidence_ok,
    groupKey: row.group_key ?? "",
    body: row.body,
    ...(row.contact !== null && can(user.role, "seeContact") ? { contact: row.contact } : {}),
    hasContact: row.contact !== null,
    listings: listings.map((l) => ({
      position: l.position,
      platform: l.platform,
      key: l.listing_key,
      url: l.url,
      title: l.title,
      sellerId: l.seller_id,
      sellerName: l.seller_name,
      price: l.price,
      ...(l.screenshot_sha256
        ? {
            screenshot: {
              sha256: l.screenshot_sha256,
              claimedSha256: l.screenshot_claimed_sha256,
              hashOk: l.screenshot_hash_ok,
              url: evidencePath(l.screenshot_sha256),
            },
          }
        : {}),
      listingHashOk: l.listing_hash_ok,
    })),
    sameGroup: sameGroup.map((s) => ({
      id: s.id,
      receipt: s.receipt,
      receivedAt: new Date(s.received_at).toISOString(),
      state: s.state,
      title: s.title,
    })),
    warnings,
    linkedWarnings: linked.map((l) => l.warning_id),
    followed,
  };
}

/** The bytes of a picture, when one of the office's submissions holds it. */
export async function officeEvidence(
  db: Kysely<Database>,
  officeId: string,
  sha256: string,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom("evidence_files as f")
    .select("f.bytes")
    .where("f.sha256", "=", sha256)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("submitted_listings as l")
          .innerJoin("submissions as s", "s.id", "l.submission_id")
          .select("l.submission_id")
          .whereRef("l.screenshot_sha256", "=", "f.sha256")
          .where("s.office_id", "=", officeId),
      ),
    )
    .executeTakeFirst();
  return row?.bytes;
}

/** The submissions of a group in the office (for a decision on the whole group). */
export async function groupMembers(
  db: Kysely<Database>,
  officeId: string,
  groupKey: string,
  openOnly: boolean,
) {
  let query = db
    .selectFrom("submissions")
    .select("id")
    .where("office_id", "=", officeId)
    .where("group_key", "=", groupKey);
  if (openOnly) query = query.where("state", "in", ["received", "in_review"]);
  return (await query.execute()).map((r) => r.id);
}
