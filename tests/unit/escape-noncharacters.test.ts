import { describe, expect, it } from "vitest";
import { escapeAstralNoncharacters } from "../../scripts/escape-noncharacters";

type Handler = (options: unknown, bundle: Record<string, { type: string; code: string }>) => void;

function escaped(code: string): string {
  const hook = escapeAstralNoncharacters().generateBundle as { handler: Handler };
  const bundle = { "chunk.js": { type: "chunk", code } };
  hook.handler({}, bundle);
  return bundle["chunk.js"].code;
}

describe("astral noncharacters in a built chunk", () => {
  // What exceljs's XML name check looks like once minified: raw characters in a `u` class.
  const minified = `/^[\\t\\n\\r -\uD7FF\uE000-\uFFFD${String.fromCodePoint(0x10000)}-${String.fromCodePoint(0x10ffff)}]$/u`;

  it("are written as surrogate-pair escapes, and the expression still parses and means the same", () => {
    const out = escaped(minified);
    expect(out).toContain("\\uDBFF\\uDFFF");
    expect(/[\u{10FFFE}\u{10FFFF}\u{1FFFE}]/u.test(out)).toBe(false);
    const pattern = new Function(`return ${out}`)() as RegExp;
    expect(pattern.test(String.fromCodePoint(0x10ffff))).toBe(true);
    expect(pattern.test(String.fromCodePoint(0x1f600))).toBe(true);
    expect(pattern.test("\uFFFE")).toBe(false);
  });

  it("in a string, and in an expression without the u flag, keep their meaning", () => {
    const text = `"a${String.fromCodePoint(0x10fffe)}b"`;
    expect(new Function(`return ${escaped(text)}`)()).toBe(`a${String.fromCodePoint(0x10fffe)}b`);
    const plain = `/${String.fromCodePoint(0x3ffff)}/`;
    expect((new Function(`return ${escaped(plain)}`)() as RegExp).test(String.fromCodePoint(0x3ffff))).toBe(
      true,
    );
  });

  it("leave a chunk without them as it was, Vietnamese included", () => {
    const code = 'const s = "Cảnh báo 😀 \\uFFFF";';
    expect(escaped(code)).toBe(code);
  });
});
