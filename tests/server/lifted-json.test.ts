import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonBytes } from "../../server/intake/lifted-json";

const parse = (text: string, liftAt?: number) => parseJsonBytes(Buffer.from(text, "utf8"), liftAt);

describe("parsing JSON bytes with long strings lifted out", () => {
  it("gives what JSON.parse gives, for any JSON, lifting every plain string", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parse(text, 1)).toEqual(JSON.parse(text));
        expect(parse(text, 0)).toEqual(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives what JSON.parse gives with spacing, escapes, Vietnamese text and long keys", () => {
    const long = "QUJD".repeat(5000);
    const text = `{ "data" :  "${long}", "title": "Túi xách \\"${"ữ".repeat(10)}\\"", "${long}": 1, "list": ["${long}", "a\\\\b", "\\u00e9${long}"] }`;
    expect(parse(text, 1000)).toEqual(JSON.parse(text));
    expect(Object.keys(parse(text, 1000) as object)).toContain(long);
  });

  it("refuses malformed JSON as JSON.parse does", () => {
    for (const bad of ['{"a": "x', '{"a": 1,}', `{"a": "${"A".repeat(100)}"`, '"\u0001"', "[1 2]", ""])
      expect(() => parse(bad, 10), bad).toThrow(SyntaxError);
  });

  it("cannot be made to put a lifted string where the body did not have it", () => {
    const long = "Z".repeat(100);
    // A body that spells a placeholder gets its own text back, not a lifted string.
    const text = `{"a": "${long}", "b": "\\u0000abc:0"}`;
    expect(parse(text, 50)).toEqual({ a: long, b: "\u0000abc:0" });
  });
});
