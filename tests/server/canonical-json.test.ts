import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalSha256 } from "../../server/intake/canonical-json";

/** The definition, written out whole: JSON with every object's keys sorted (integer-like keys too), hashed. */
const sortedJson = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(sortedJson).join(",")}]`
    : v && typeof v === "object"
      ? `{${Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => `${JSON.stringify(k)}:${sortedJson(x)}`)
          .join(",")}}`
      : JSON.stringify(v);
const reference = (value: unknown) => createHash("sha256").update(sortedJson(value)).digest("hex");

describe("the canonical hash of a body", () => {
  it("is the SHA-256 of its JSON with sorted keys, long plain strings included", () => {
    const long = fc.stringMatching(/^[A-Za-z0-9+/]{1025,3000}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(long, fc.jsonValue()))),
        (v) => {
          expect(canonicalSha256(v)).toBe(reference(v));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("does not depend on key order", () => {
    expect(canonicalSha256({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      canonicalSha256({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
    expect(canonicalSha256({ a: 1 })).not.toBe(canonicalSha256({ a: 2 }));
  });
});
