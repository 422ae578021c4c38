import { timed, timedAsync } from "../work-timer";
import { MAX_SIGNATURE_BYTES, readBounded, readBoundedText } from "./bounded-body";
import { type Feed, FeedSchema } from "./schema";
import { SignatureFileSchema, type TrustedKey, verifyFeedSignature } from "./signature";

export { FEED_ERRORS, type FeedError } from "./errors";

import type { FeedError } from "./errors";

export type FeedLoadResult =
  | { ok: true; feed: Feed; keyId: string }
  | { ok: false; error: FeedError; detail: string };

export const MAX_FEED_BYTES = 50 * 1024 * 1024;

/**
 * Checks a downloaded feed: size, then the signature over the raw bytes, then JSON, schema and freshness, and
 * refuses for the first that fails in that order.
 * Nothing here touches storage: the caller keeps the last good feed when this refuses.
 */
export async function checkFeed(
  bytes: Uint8Array<ArrayBuffer>,
  signatureText: string | null,
  trusted: readonly TrustedKey[],
  options: { now: number; heldSerial?: number },
): Promise<FeedLoadResult> {
  if (bytes.byteLength > MAX_FEED_BYTES)
    return { ok: false, error: "too_large", detail: `${bytes.byteLength} B` };
  if (signatureText === null) return { ok: false, error: "missing_signature", detail: "no .sig file" };
  let sigJson: unknown;
  try {
    sigJson = JSON.parse(signatureText);
  } catch {
    return { ok: false, error: "missing_signature", detail: "signature file is not JSON" };
  }
  const sig = SignatureFileSchema.safeParse(sigJson);
  if (!sig.success) return { ok: false, error: "missing_signature", detail: "signature file is malformed" };
  // WebCrypto verifies off the main thread, so the text is parsed meanwhile; nothing parsed is used, and no
  // parse error is reported, unless the signature holds.
  const verifying = timedAsync("feed:verify", () => verifyFeedSignature(bytes, sig.data, trusted));
  let json: unknown;
  let parseError: unknown;
  try {
    json = timed("feed:parse", () => JSON.parse(decodeUtf8(bytes)));
  } catch (e) {
    parseError = e;
  }
  const check = await verifying;
  if (!check.ok) return { ok: false, error: check.error, detail: `key ${sig.data.keyId}` };
  if (parseError !== undefined)
    return { ok: false, error: "malformed_json", detail: String(parseError).slice(0, 200) };

  const parsed = timed("feed:validate", () => FeedSchema.safeParse(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: "schema",
      detail: `${issue?.path.join(".")}: ${issue?.message}`.slice(0, 300),
    };
  }
  const feed = parsed.data;
  if (options.heldSerial !== undefined && feed.serial < options.heldSerial) {
    return { ok: false, error: "rollback", detail: `serial ${feed.serial} < held ${options.heldSerial}` };
  }
  if (Date.parse(feed.expires) <= options.now) {
    return { ok: false, error: "expired", detail: `expired ${feed.expires}` };
  }
  return { ok: true, feed, keyId: check.keyId };
}

/**
 * The bytes as text; invalid UTF-8 throws. The lenient decoder is faster on a large feed, and a replacement
 * character in its output sends the bytes through the strict one to tell a real U+FFFD from a bad sequence.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.includes("\uFFFD") ? new TextDecoder("utf-8", { fatal: true }).decode(bytes) : text;
}

/** Content types a feed may be served with; anything else (an HTML login or error page) is refused unread. */
const FEED_CONTENT_TYPES = /^(application\/(json|octet-stream)|text\/plain)\b/i;

export type FeedDownload =
  | { ok: true; notModified: true; etag?: string; lastModified?: string }
  | {
      ok: true;
      notModified: false;
      bytes: Uint8Array<ArrayBuffer>;
      signature: string | null;
      etag?: string;
      lastModified?: string;
    }
  | { ok: false; error: FeedError; detail: string };

/**
 * Downloads a feed (conditionally, when validators from the last download are given) and then its `.sig`
 * sibling. CORS applies: publishers serve both with `Access-Control-Allow-Origin`.
 */
export async function fetchFeed(
  url: string,
  validators: { etag?: string; lastModified?: string } = {},
): Promise<FeedDownload> {
  try {
    const headers: Record<string, string> = {};
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const res = await fetch(url, {
      cache: "no-cache",
      headers,
      credentials: "omit",
      signal: AbortSignal.timeout(60_000),
    });
    const etag = res.headers.get("etag") ?? validators.etag;
    const lastModified = res.headers.get("last-modified") ?? validators.lastModified;
    const kept = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    if (res.status === 304) return { ok: true, notModified: true, ...kept };
    if (!res.ok) return { ok: false, error: "http_status", detail: `HTTP ${res.status}` };
    const type = res.headers.get("content-type") ?? "";
    if (!FEED_CONTENT_TYPES.test(type))
      return { ok: false, error: "content_type", detail: type.slice(0, 100) || "none" };
    // Streamed with a hard limit: neither a declared length nor its absence is trusted.
    const body = await readBounded(res, MAX_FEED_BYTES);
    if (!body.ok)
      return {
        ok: false,
        error: "too_large",
        detail: body.read
          ? `over ${MAX_FEED_BYTES} B (stopped at ${body.read} B)`
          : "too large a length declared",
      };
    const sigRes = await fetch(`${url}.sig`, {
      cache: "no-cache",
      credentials: "omit",
      signal: AbortSignal.timeout(30_000),
    });
    return {
      ok: true,
      notModified: false,
      bytes: body.bytes,
      signature: sigRes.ok ? await readBoundedText(sigRes, MAX_SIGNATURE_BYTES) : null,
      ...kept,
    };
  } catch (e) {
    return { ok: false, error: "network", detail: String(e).slice(0, 200) };
  }
}
