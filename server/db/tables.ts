// The service's tables as Kysely sees them. The migrations in `migrations/` create them; this file must follow.
import type { ColumnType, Generated, RawBuilder } from "kysely";
import type { SubmissionState } from "../../utils/delivery/intake-protocol";

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
  /**
   * What the queue groups by: `seller:<platform>:<id>` for a report whose listing names its seller, else
   * `listing:<key>`; `case:<id>` for a case (an officer's own grouping).
   */
  group_key: string | null;
  platform: string | null;
  category: string | null;
  seller_id: string | null;
  listing_key: string | null;
  title: string | null;
  /** Folded words (no diacritics) of the title, note, seller and case text, for full-text search. */
  search: ColumnType<string | null, RawSearch | null, RawSearch | null>;
}

/** A tsvector is written with SQL (`to_tsvector`), never read back. */
export type RawSearch = RawBuilder<string>;

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

export const ROLES = ["reviewer", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface StaffUsersTable {
  id: string;
  office_id: string;
  /** Lower case; unique across the service. */
  username: string;
  display_name: string;
  role: Role;
  /** `scrypt$<N>$<r>$<p>$<salt>$<hash>`, base64. */
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  last_login_at: Timestamp | null;
}

export interface StaffSessionsTable {
  /** SHA-256 of the cookie's secret, hex. */
  token_sha256: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface WarningsTable {
  office_id: string;
  /** The warning's id in the office's feed (`<office>-w<n>`). */
  id: string;
  /** The feed's Warning, as it is published. */
  warning: Json<unknown>;
  status: "active" | "withdrawn";
  /** What it is about, as the queue's group keys say it (`seller:shopee:123`, `listing:…`, `domain:…`). */
  target_key: string;
  /** Taken from another office's feed: which, and its id there. */
  adopted_from: Json<unknown> | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  /** The serial of the feed that last carried this version; null until published. */
  published_serial: number | null;
}

export interface WarningSubmissionsTable {
  office_id: string;
  warning_id: string;
  submission_id: string;
}

export interface OfficeFeedsTable {
  office_id: string;
  /** Path of the office's Ed25519 private key (a JWK file made by `npm run feed -- keygen`): never the key. */
  key_file: string | null;
  publisher_name: Json<LocalizedNote> | null;
  /** The office's own platforms, brands, signals and contacts, carried in every feed it publishes. */
  extras: Json<unknown> | null;
  /** Publish by itself every this many minutes when something changed; null: only by hand. */
  auto_publish_minutes: number | null;
  /** The service's address as the public sees it (for the intake address in the feed's contacts). */
  public_url: string | null;
}

export interface PublishedFeedsTable {
  office_id: string;
  serial: number;
  /** The exact bytes signed and served. */
  feed: Uint8Array;
  signature: string;
  /** From serial - 1 to this one, with its signature; null for the first. */
  delta: Uint8Array | null;
  delta_signature: string | null;
  published_at: Timestamp;
  published_by: string | null;
}

export interface FollowedFeedsTable {
  office_id: string;
  url: string;
  /** The publisher keys pinned for it: `[{ id, publicKey }]`. */
  keys: Json<unknown>;
  /** The last copy that verified. */
  feed: Json<unknown> | null;
  serial: number | null;
  checked_at: Timestamp | null;
  error: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  office_id: string;
  actor_id: string | null;
  /** Who, as a name: kept even if the account goes. */
  actor: string;
  action: string;
  /** What it acted on: `submission:<id>`, `warning:<id>`, `feed:<serial>`, `user:<name>`. */
  subject: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

export interface Database {
  offices: OfficesTable;
  evidence_files: EvidenceFilesTable;
  submissions: SubmissionsTable;
  submitted_listings: SubmittedListingsTable;
  status_tokens: StatusTokensTable;
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  warnings: WarningsTable;
  warning_submissions: WarningSubmissionsTable;
  office_feeds: OfficeFeedsTable;
  published_feeds: PublishedFeedsTable;
  followed_feeds: FollowedFeedsTable;
  audit_log: AuditLogTable;
}
