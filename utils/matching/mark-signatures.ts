import { INVISIBLE } from "./normalize";

/**
 * Each word's Vietnamese marks as one number, for telling apart words that differ only by them: "hãng giá" is not
 * "hàng giả". Every tone and vowel mark has its own weight and a word's signature is their sum, so the order the
 * marks were typed in does not count (old and new tone placement, "hoà" and "hòa", sign alike); "đ" counts too;
 * a word typed without marks signs 0.
 */
const WEIGHTS: Record<number, number> = {
  768: 1, // grave
  769: 4, // acute
  770: 16, // circumflex
  771: 64, // tilde
  774: 256, // breve
  777: 1024, // hook above
  795: 4096, // horn (ươ has two: 8192, still its own digit)
  803: 16384, // dot below
};
const D_STROKE = 65536;

/** Per code unit of the ranges Vietnamese is typed in: what it is to a word, and the marks it carries. */
const OUTSIDE = 0;
const WORD = 1;
const MARK = 2;
const SEPARATOR = 3;
let kinds: Uint8Array | undefined;
let weights: Int32Array | undefined;

const weightOf = (decomposed: string): number => {
  let sum = 0;
  for (let i = 0; i < decomposed.length; i++) sum += WEIGHTS[decomposed.charCodeAt(i)] ?? 0;
  return sum;
};

function tables(): [Uint8Array, Int32Array] {
  if (kinds && weights) return [kinds, weights];
  kinds = new Uint8Array(0x1f00);
  weights = new Int32Array(0x1f00);
  const fill = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const k = kinds as Uint8Array;
      const w = weights as Int32Array;
      if (c === 0xad)
        k[c] = MARK; // a soft hyphen joins, as the folding reads it
      else if (/[\p{L}\p{N}]/u.test(ch)) {
        k[c] = WORD;
        w[c] = weightOf(ch.normalize("NFD")) + (c === 0x111 || c === 0x110 ? D_STROKE : 0);
      } else if (/\p{M}/u.test(ch)) {
        k[c] = MARK;
        w[c] = WEIGHTS[c] ?? 0;
      } else k[c] = SEPARATOR;
    }
  };
  fill(0, 0x24f);
  fill(0x300, 0x36f);
  fill(0x1e00, 0x1eff);
  return [kinds, weights];
}

/**
 * The signature of each word, in the words folding gives, or undefined when they do not line up (as after split
 * letters were joined). Text in the ranges Vietnamese is typed in is read through a table; a text with anything
 * else is decomposed first (styled letters become plain ones) and what is still off the table is classed one
 * character at a time.
 */
export function markSignatures(text: string, count: number): number[] | undefined {
  const onTable = signatures(text, count, false);
  if (onTable !== null) return onTable;
  return signatures(text.replace(INVISIBLE, "").normalize("NFKD"), count, true) ?? undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;

/** Null when `text` has a character off the table and `any` is false. */
function signatures(text: string, count: number, any: boolean): number[] | undefined | null {
  const [kind, weight] = tables();
  const out: number[] = [];
  let sum = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = c < 0x1f00 ? (kind[c] as number) : OUTSIDE;
    if (k === OUTSIDE) {
      if (!any) return null;
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      const ch = String.fromCodePoint(point);
      k = MARK_CHAR.test(ch) ? MARK : LETTER_OR_DIGIT.test(ch) ? WORD : SEPARATOR;
      if (k === WORD) inWord = true;
      else if (k === SEPARATOR) {
        if (inWord) out.push(sum);
        sum = 0;
        inWord = false;
      }
      continue;
    }
    if (k === WORD) {
      inWord = true;
      sum += weight[c] as number;
    } else if (k === MARK) sum += weight[c] as number;
    else {
      if (inWord) out.push(sum);
      sum = 0;
      inWord = false;
    }
  }
  if (inWord) out.push(sum);
  return out.length === count ? out : undefined;
}
