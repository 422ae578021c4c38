// The service's tables as Kysely sees them. The migrations in `migrations/` create them; this file must follow.
import type { ColumnType, Generated } from "kysely";
import type { SubmissionState } from "../../utils/reports/intake-protocol";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface LocalizedNote {
  vi: string;
  en?: string;
}

export interface OfficesTable {
  /** The office's slug: its intake is `/api/reports/<id>` (the default office's, `/api/reports`). */
  id: string;
  name: string;
  province: string | null;
  /** Reports and cases the office takes in one day (Vietnam time) before it answers 429. */
  daily_cap: number;
  created_at: Generated<Date>;
}

export interface EvidenceFilesTable {
  /** SHA-256 of the bytes, hex, as recomputed here: each picture is stored once. */
  sha256: string;
  media_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  bytes: Uint8Array;
  created_at: Generated<Date>;
}

export interface SubmissionsTable {
  /** The client's id, which is also its Idempotency-Key. */
  id: string;
  kind: "report" | "case";
  office_id: string;
  receipt: string;
  /** SHA-256 of the body's canonical JSON: the same key with another body is refused. */
  body_sha256: string;
  /** The body as received, without screenshot bytes (in evidence_files) or the contact (below). */
  body: Json<unknown>;
  contact: Json<unknown> | null;
  province: string | null;
  received_at: Timestamp;
  state: SubmissionState;
  state_changed_at: Timestamp;
  state_note: Json<LocalizedNote> | null;
  /** Every hash the client claimed matched what was recomputed here. */
  evidence_ok: boolean;
  item_count: number;
}

/** One row per listing a submission is about: a report's one, each item of a case. */
export interface SubmittedListingsTable {
  submission_id: string;
  position: number;
  platform: string;
  listing_key: string;
  seller_id: string | null;
  seller_name: string | null;
  title: string;
  url: string;
  category: string | null;
  price: number | null;
  screenshot_sha256: string | null;
  /** The hash the client claimed for the screenshot, kept when it differs from the recomputed one. */
  screenshot_claimed_sha256: string | null;
  screenshot_hash_ok: boolean | null;
  /** Case items: whether `listingSha256` is the SHA-256 of `listingJson`. */
  listing_hash_ok: boolean | null;
}

export interface StatusTokensTable {
  /** SHA-256 of the secret token, hex: the token itself is never stored. */
  token_sha256: string;
  submission_id: string;
  created_at: Generated<Date>;
}

export interface Database {
  offices: OfficesTable;
  evidence_files: EvidenceFilesTable;
  submissions: SubmissionsTable;
  submitted_listings: SubmittedListingsTable;
  status_tokens: StatusTokensTable;
}
