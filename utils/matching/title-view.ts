import { foldTokens } from "./normalize";

/** A title as the heuristic rules read it: folded tokens, with the common disguises undone. */
export interface TitleView {
  tokens: string[];
  /**
   * The tokens read as Telex typed without an input method ("hangf gia3" → "hang gia"), when the title has no
   * Vietnamese marks and some token changed; the rules try them after `tokens`.
   */
  telex?: string[];
}

/** Bracketed promotions ("[Mã ELAAR4 giảm 4%]", "【FREESHIP】"): their codes and numbers are not the product. */
const PROMO_BRACKET = /[[【(（]([^\]】)）]{0,60})[\]】)）]/g;
const PROMO_WORDS =
  /%|(?<![\p{L}\p{N}])(?:mã|giảm|voucher|freeship|free ship|sale|deal|hoàn xu|xtra|flash|quà|tặng|coupon)(?![\p{L}\p{N}])/iu;
/** "Ch@nel", "R0lex", "Hermè$": a symbol or digit standing in for a letter inside a word. */
const LEET = /(?<=\p{L})[@$0](?=\p{L})/gu;
const LEET_LETTER: Record<string, string> = { "@": "a", $: "s", "0": "o" };
/** Any letter with a Vietnamese (or other Latin) mark, or đ: the title was typed with an input method. */
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** Which of titleView's steps a title may need, found in one pass over it (this runs for every listing). */
const DECOMPOSED = 1;
const BRACKET = 2;
const LEET_SYMBOL = 4;

function stepsFor(title: string): number {
  let steps = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) steps |= DECOMPOSED;
    // [ ( 【 （
    else if (c === 0x5b || c === 0x28 || c === 0x3010 || c === 0xff08) steps |= BRACKET;
    // @ $, and 0 between letters ("R0lex")
    else if (
      c === 0x40 ||
      c === 0x24 ||
      (c === 0x30 && mayBeLetter(title.charCodeAt(i - 1)) && mayBeLetter(title.charCodeAt(i + 1)))
    )
      steps |= LEET_SYMBOL;
  }
  return steps;
}

/** ASCII letters and anything past Latin-1's symbols: LEET decides exactly. */
const mayBeLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;

export function titleView(title: string): TitleView {
  const steps = stepsFor(title);
  // NFC first: the promotion words and marks below are written composed; pages may send decomposed text
  // (only combining marks change under NFC in the Latin letters the steps below read).
  let text = steps & DECOMPOSED ? title.normalize("NFC") : title;
  if (steps & BRACKET)
    text = text.replace(PROMO_BRACKET, (whole, inside: string) => (PROMO_WORDS.test(inside) ? " " : whole));
  if (steps & LEET_SYMBOL) text = text.replace(LEET, (c) => LEET_LETTER[c] ?? c);
  const tokens = joinSpacedLetters(foldTokens(text));
  if (MARKED.test(text)) return { tokens };
  let changed = false;
  const telex = tokens.map((token) => {
    const read = telexRead(token);
    if (read !== token) changed = true;
    return read;
  });
  return changed ? { tokens, telex } : { tokens };
}

/** "C h a n e l", "G.U.C.C.I": three or more single letters in a row are one word. */
function joinSpacedLetters(tokens: string[]): string[] {
  if (!hasSpacedLetters(tokens)) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && isLetter(tokens[j] as string)) j++;
    if (j - i >= 3) {
      out.push(tokens.slice(i, j).join(""));
      i = j;
    } else {
      out.push(tokens[i] as string);
      i++;
    }
  }
  return out;
}

function hasSpacedLetters(tokens: readonly string[]): boolean {
  let run = 0;
  for (const token of tokens) {
    run = isLetter(token) ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

const isLetter = (token: string) => token.length === 1 && token >= "a" && token <= "z";

const VOWEL = /[aeiouy]/;
const TONE_KEY = /^([a-z]*[aeiouy][a-z]*?)[sfrxj]$/;
const TELEX_LETTERS: [RegExp, string][] = [
  [/aa|aw/g, "a"],
  [/ee/g, "e"],
  [/oo|ow/g, "o"],
  [/uw/g, "u"],
  [/dd/g, "d"],
];

/**
 * A token typed in Telex with no input method, read as its letters without marks: the tone key at the end
 * ("hangf" → "hang", "giar" → "gia") and doubled letters ("caaps" → "cap", "ddoofng" is not handled: a tone
 * key is only read at the end of a word, as Telex users type it).
 */
export function telexRead(token: string): string {
  if (token.length < 3 || !VOWEL.test(token) || /\d/.test(token)) return token;
  let out = token;
  const tone = TONE_KEY.exec(out);
  if (tone && endsLikeVietnamese(tone[1] as string)) out = tone[1] as string;
  for (const [pattern, letter] of TELEX_LETTERS) out = out.replace(pattern, letter);
  return out;
}

/** Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t. */
const VIETNAMESE_END = /(?:[aeiouyw]|c|ch|m|n|ng|nh|p|t)$/;
const endsLikeVietnamese = (syllable: string) => VIETNAMESE_END.test(syllable);
