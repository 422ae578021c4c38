import { randomBytes } from "node:crypto";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** String values at least this long, of plain ASCII without escapes, are lifted out before parsing. */
export const LIFT_AT = 16 * 1024;

/**
 * `JSON.parse` of UTF-8 bytes, without ever holding the whole body as one string. A report or case is mostly
 * base64 screenshots; as one JS string a body with a single Vietnamese letter in it is stored two bytes per
 * character, so a 40 MB case became an 80 MB string beside its bytes and the parsed result. Here every long
 * string value made of printable ASCII without escapes (the screenshots) is cut out of the bytes as a one-byte
 * string and left in the text as a placeholder; the rest, now small, goes to `JSON.parse`, which puts the lifted
 * strings back. Same result as `JSON.parse(bytes.toString())`, same errors for malformed input.
 *
 * Written here rather than taken from npm: JSON.parse needs the whole text, and the streaming JSON parsers on
 * npm say they are not meant for untrusted input; this only splits bytes at quotes and lets JSON.parse judge.
 */
export function parseJsonBytes(bytes: Buffer, liftAt = LIFT_AT): unknown {
  // The placeholder holds a NUL and a fresh random word: no body can spell one in advance.
  const marker = `\u0000${randomBytes(9).toString("base64url")}:`;
  const escapedMarker = `\\u0000${marker.slice(1)}`;
  const parts: string[] = [];
  const lifted: string[] = [];
  let textFrom = 0;
  let inString = false;
  let plain = true;
  let stringFrom = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (!inString) {
      if (b === QUOTE) {
        inString = true;
        plain = true;
        stringFrom = i + 1;
      }
      continue;
    }
    if (b === BACKSLASH) {
      plain = false;
      i++;
      continue;
    }
    if (b === QUOTE) {
      inString = false;
      if (plain && i - stringFrom >= liftAt) {
        // A key keeps its own text: only values are lifted.
        let next = i + 1;
        while (isSpace(bytes[next])) next++;
        if (bytes[next] !== COLON) {
          // Both cuts fall on quotes (ASCII), never inside a multi-byte UTF-8 sequence.
          parts.push(bytes.toString("utf8", textFrom, stringFrom), escapedMarker, String(lifted.length));
          lifted.push(bytes.toString("latin1", stringFrom, i));
          textFrom = i;
        }
      }
      continue;
    }
    // Control characters (invalid in JSON strings) and non-ASCII bytes: left to JSON.parse.
    if (b < 0x20 || b > 0x7e) plain = false;
  }
  if (lifted.length === 0) return JSON.parse(bytes.toString("utf8"));
  parts.push(bytes.toString("utf8", textFrom));
  const text = parts.join("");
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith(marker)
      ? lifted[Number(value.slice(marker.length))]
      : value,
  );
}
