const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const KEY = new TextEncoder().encode('"warnings"');

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function isWarningsKey(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== KEY.length) return false;
  for (let i = 0; i < KEY.length; i++) if (bytes[start + i] !== KEY[i]) return false;
  return true;
}

/**
 * Where each element of the top-level `warnings` array lies in a feed's bytes (`starts[i]` to `ends[i]`,
 * exclusive), found by one pass over the JSON structure. Only called on bytes that JSON.parse has accepted;
 * the last `warnings` key wins, as in JSON.parse. Lets a sync store each warning's text as the publisher
 * signed it instead of serialising 100,000 objects again. Undefined when the array is absent.
 */
export function warningRanges(bytes: Uint8Array): { starts: number[]; ends: number[] } | undefined {
  let depth = 0;
  let keyIsWarnings = false;
  let inWarnings = false;
  let found: { starts: number[]; ends: number[] } | undefined;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === QUOTE) {
      const start = i;
      for (i++; i < n && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
      if (depth === 1) {
        let next = i + 1;
        while (next < n && isSpace(bytes[next] as number)) next++;
        keyIsWarnings = bytes[next] === COLON && isWarningsKey(bytes, start, i + 1);
      }
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      if (depth === 1 && keyIsWarnings && b === OPEN_ARRAY) {
        inWarnings = true;
        found = { starts: [], ends: [] };
      } else if (depth === 2 && inWarnings) found?.starts.push(i);
      depth++;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      depth--;
      if (depth === 2 && inWarnings) found?.ends.push(i + 1);
      else if (depth === 1) inWarnings = false;
    } else if (b === COMMA && depth === 1) keyIsWarnings = false;
  }
  return found;
}
