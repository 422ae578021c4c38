/** Why a feed update was refused; shown in options and the popup, and kept on the held feed's record. */
export const FEED_ERRORS = [
  "network",
  "http_status",
  "missing_signature",
  "unknown_key",
  "bad_signature",
  "malformed_json",
  "schema",
  "rollback",
  "expired",
  "too_large",
  "content_type",
] as const;
export type FeedError = (typeof FEED_ERRORS)[number];
