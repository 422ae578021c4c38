import { createHash, type Hash } from "node:crypto";

/** Long strings that JSON writes as they are (a screenshot's base64): hashed without a quoted copy. */
const PLAIN = /^[A-Za-z0-9+/=._-]*$/;

function feed(hash: Hash, value: unknown): void {
  if (typeof value === "string" && value.length > 1024 && PLAIN.test(value)) {
    hash.update('"').update(value, "latin1").update('"');
  } else if (value === null || typeof value !== "object") {
    hash.update(JSON.stringify(value) ?? "null");
  } else if (Array.isArray(value)) {
    hash.update("[");
    value.forEach((item, i) => {
      if (i > 0) hash.update(",");
      feed(hash, item);
    });
    hash.update("]");
  } else {
    hash.update("{");
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    entries.forEach(([key, item], i) => {
      hash.update(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`);
      feed(hash, item);
    });
    hash.update("}");
  }
}

/**
 * SHA-256 of the value's JSON with every object's keys sorted, fed to the hash piece by piece (a 40 MB case is
 * never written out again as one string): two bodies that differ only in key order or spacing hash the same.
 */
export function canonicalSha256(value: unknown): string {
  const hash = createHash("sha256");
  feed(hash, value);
  return hash.digest("hex");
}
