import type { Plugin } from "vite";

/** U+nFFFE and U+nFFFF of the planes above the first: the noncharacters Chrome refuses in a script's text. */
const ASTRAL_NONCHARACTER =
  /[\u{1FFFE}-\u{1FFFF}\u{2FFFE}-\u{2FFFF}\u{3FFFE}-\u{3FFFF}\u{4FFFE}-\u{4FFFF}\u{5FFFE}-\u{5FFFF}\u{6FFFE}-\u{6FFFF}\u{7FFFE}-\u{7FFFF}\u{8FFFE}-\u{8FFFF}\u{9FFFE}-\u{9FFFF}\u{AFFFE}-\u{AFFFF}\u{BFFFE}-\u{BFFFF}\u{CFFFE}-\u{CFFFF}\u{DFFFE}-\u{DFFFF}\u{EFFFE}-\u{EFFFF}\u{FFFFE}-\u{FFFFF}\u{10FFFE}-\u{10FFFF}]/gu;

/**
 * Writes the astral noncharacters of a chunk as surrogate-pair escapes (`\uDBFF\uDFFF`), before WXT's
 * `escapeUnicode` pass sees them. That pass writes them as `\u10ffff`, which is another character in a string and
 * breaks a regular expression: exceljs's XML name classes (`[…\u{10000}-\u{10FFFF}]`, `u` flag) no longer
 * parsed, and the side panel's Excel export failed. A surrogate-pair escape means the same code point in a
 * string, in a regular expression with the `u` flag and in one without.
 */
export function escapeAstralNoncharacters(): Plugin {
  return {
    name: "soi-hang:escape-astral-noncharacters",
    // After minifying (which writes escapes back as characters), and before WXT's pass.
    generateBundle: {
      order: "pre",
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === "chunk")
            chunk.code = chunk.code.replace(ASTRAL_NONCHARACTER, (c) =>
              c
                .split("")
                .map((unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase()}`)
                .join(""),
            );
      },
    },
  };
}
