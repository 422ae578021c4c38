import { foldTokens } from "./normalize";

/** A title as the heuristic rules read it: folded tokens, with the common disguises undone. */
export interface TitleView {
  tokens: string[];
  /** Some word mixes letters and digits ("R0lex", "fak3"): the rules also read it with the digits as letters. */
  digitsInWords?: boolean;
  /**
   * The title was typed with Vietnamese marks: this is its text, for telling apart words that only differ by them
   * ("hãng giá" is not "hàng giả"; see mark-signatures.ts).
   */
  markedText?: string;
  /**
   * The tokens read as Telex typed without an input method ("hangf gia3" → "hang gia"), when the title has no
   * Vietnamese marks and some token changed; the rules try them after `tokens`.
   */
  telex?: string[];
}

/**
 * The phrases the rules know, as much as reading a title needs: split letters are joined back only into known
 * words ("C.H.A.N.E.L" is Chanel; "S/M/L" stays three sizes).
 */
export interface Vocabulary {
  /** `word` (folded, run together) is a phrase. */
  has(word: string): boolean;
  /** `word` is a phrase or the beginning of one. */
  startsPhrase(word: string): boolean;
}

/** Bracketed promotions ("[Mã ELAAR4 giảm 4%]", "【FREESHIP】"): their codes and numbers are not the product. */
const PROMO_BRACKET = /[[【(（]([^\]】)）]{0,60})[\]】)）]/g;
const PROMO_WORDS =
  /%|(?<![\p{L}\p{N}])(?:mã|giảm|voucher|freeship|free ship|sale|deal|hoàn xu|xtra|flash|quà|tặng|coupon)(?![\p{L}\p{N}])/iu;
/** "Ch@nel", "Hermè$", "Gu¢¢i", "Ro|ex", "loạ!": a symbol standing in for a letter inside a word. */
const LEET = /(?<=\p{L})[@$€!|¢]+(?=\p{L})|(?<=\p{L})\$(?![\p{L}\p{N}])/gu;
const LEET_LETTER: Record<string, string> = { "@": "a", $: "s", "€": "e", "!": "i", "|": "l", "¢": "c" };
const standInsToLetters = (run: string) => {
  let out = "";
  for (const c of run) out += LEET_LETTER[c] ?? c;
  return out;
};
/**
 * Which of titleView's steps a title may need, found in one pass over it (this runs for every listing; 0 when
 * the title needs nothing undone: `npm run bench` times it).
 */
const DECOMPOSED = 1;
const BRACKET = 2;
const LEET_SYMBOL = 4;
/** A single letter before a separator inside a word ("G.U.C.C.I", "L🔥o🔥u"), or a character off the fast path. */
const SPLIT = 8;
/** A word written as single letters with a separator between them: "G.U.C.C.I", "f🔥a🔥k🔥e", "L̶-o̶-u̶". */
const SPLIT_WORD = /(?<!\S)\p{L}\p{M}*(?:[^\p{L}\p{N}\s]+\p{L}\p{M}*)+(?!\S)/gu;
const LETTER_AND_MARKS = /\p{L}\p{M}*/gu;
/** A digit next to a letter. */
const DIGIT_IN_WORD = 16;
/** A Vietnamese letter, precomposed or as a base letter and its marks: the title was typed with an input method. */
const MARKED = 32;

export function stepsFor(title: string): number {
  let steps = 0;
  // Single letters in a row, each followed by a space ("C h a n e l"): from the third, the spaced step.
  let spaced = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    // Letters a–z and A–Z, most of any title: nothing to note.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) continue;
    if (c === 0x20) {
      const before = title.charCodeAt(i - 1);
      const single =
        before >= 0xdc00 && before <= 0xdfff
          ? isSingleLetterBefore(title, i)
          : isLetterCode(before) && !isLetterCode(title.charCodeAt(i - 2));
      spaced = single ? spaced + 1 : 0;
      if (spaced >= 2) steps |= SPLIT;
    } else if (c < 0x80) {
      // [ (
      if (c === 0x5b || c === 0x28) steps |= BRACKET;
      // A digit after a letter ("R0lex", and "M10": the reading decides).
      else if (c >= 0x30 && c <= 0x39) {
        if (isLetterCode(title.charCodeAt(i - 1))) steps |= DIGIT_IN_WORD;
      }
      // @ $ ! | after a letter ("Ch@nel", "Herme$"; not "RAM 8GB | SSD")
      else if (c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c) {
        if (isLetterCode(title.charCodeAt(i - 1))) steps |= LEET_SYMBOL;
      }
      // A single letter before a separator inside a word ("G.U.C.C.I"; exact for ASCII and Vietnamese).
      else if (isInWordSeparator(c) && isSingleLetterBefore(title, i) && isLetterAfter(title, i))
        steps |= SPLIT;
    }
    // Latin-1 and Latin Extended-A/B up to ư, and the Vietnamese letters of Latin Extended Additional.
    else if ((c >= 0xc0 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9)) steps |= MARKED;
    else if (c >= 0x300 && c <= 0x36f) {
      steps |= DECOMPOSED;
      // Tone and vowel marks: Vietnamese typed decomposed.
      if (c <= 0x303 || c === 0x306 || c === 0x309 || c === 0x31b || c === 0x323) steps |= MARKED;
    }
    // € ¢ after a letter
    else if (c === 0x20ac || c === 0xa2) {
      if (isLetterCode(title.charCodeAt(i - 1))) steps |= LEET_SYMBOL;
    }
    // 【 （
    else if (c === 0x3010 || c === 0xff08) steps |= BRACKET;
    else if (c >= 0x2000) {
      // Full-width digits, and styled ones (surrogates): read after folding.
      if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xd800 && c <= 0xdfff)) steps |= DIGIT_IN_WORD;
      // Past the Latin letters: an emoji or a symbol after a single letter ("L🔥o🔥u") splits a word.
      if (
        !(c >= 0xdc00 && c <= 0xdfff) &&
        !isLetterPoint(title.codePointAt(i) ?? 0) &&
        isSingleLetterBefore(title, i) &&
        isLetterAfter(title, i)
      )
        steps |= SPLIT;
    }
  }
  return steps;
}

/** One letter ends just before `i`, with no letter before it: "G" in "G.U", "𝐋" in "𝐋-𝐨", "L" in "L🔥o". */
function isSingleLetterBefore(title: string, i: number): boolean {
  let start = i - 1;
  let point = title.charCodeAt(start);
  if (point >= 0xdc00 && point <= 0xdfff && start >= 1) point = title.codePointAt(--start) ?? 0;
  if (!isLetterPoint(point)) return false;
  if (start === 0) return true;
  let before = title.charCodeAt(start - 1);
  if (before >= 0xdc00 && before <= 0xdfff && start >= 2) before = title.codePointAt(start - 2) ?? 0;
  return !isLetterPoint(before);
}

/** A letter starts right after the separator at `i` (past an emoji's second half or variation selector). */
const isLetterAfter = (title: string, i: number) =>
  isLetterCode(title.charCodeAt(i + 1)) || isLetterCode(title.charCodeAt(i + 2));

/**
 * Letters as far as this scan needs: ASCII, the Latin and other alphabets below the general punctuation, the
 * letter-like and enclosed ones, full-width, mathematical and enclosed-supplement letters.
 */
const isLetterPoint = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c < 0x2000) ||
  (c >= 0x2100 && c <= 0x24ff) ||
  (c >= 0xff21 && c <= 0xff5a) ||
  (c >= 0x1d400 && c <= 0x1d7ff) ||
  (c >= 0x1f130 && c <= 0x1f1ff);

/** ASCII letters and anything past Latin-1's symbols (styled letters are surrogates there). */
const isLetterCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
/** . - _ / * + ~ • and anything past the Latin letters (emoji, symbols, styled letters' surrogates). */
const isInWordSeparator = (c: number) =>
  c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2f || c === 0x2a || c === 0x2b || c === 0x7e;

/**
 * A title's words as the rules read them. `vocabulary` says which split words to join back (see Vocabulary);
 * without it, none are.
 */
export function titleView(title: string, vocabulary?: Vocabulary): TitleView {
  const steps = stepsFor(title);
  // NFC first: the promotion words and marks below are written composed; pages may send decomposed text
  // (only combining marks change under NFC in the Latin letters the steps below read).
  let text = steps & DECOMPOSED ? title.normalize("NFC") : title;
  if (steps & BRACKET)
    text = text.replace(PROMO_BRACKET, (whole, inside: string) => (PROMO_WORDS.test(inside) ? " " : whole));
  if (steps & LEET_SYMBOL) text = text.replace(LEET, standInsToLetters);
  if (steps & SPLIT && vocabulary) text = text.replace(SPLIT_WORD, (word) => joinedWord(word, vocabulary));
  const folded = foldTokens(text);
  const tokens = steps & SPLIT && vocabulary ? joinSpacedLetters(folded, vocabulary) : folded;
  // One shape for every view (fields left undefined), so the rules' reads of it stay monomorphic.
  const digitsInWords = (steps & DIGIT_IN_WORD) !== 0;
  if (steps & MARKED) return { tokens, digitsInWords, markedText: text, telex: undefined };
  let changed = false;
  const telex = tokens.map((token) => {
    const read = telexRead(token);
    if (read !== token) changed = true;
    return read;
  });
  return { tokens, digitsInWords, markedText: undefined, telex: changed ? telex : undefined };
}

/**
 * A word written as single letters with separators, its letters run together when that makes a word of four
 * letters or more ("k❤️a❤️r❤️a❤️o❤️k❤️e", and "G*u*c*i*i" for the look-alike check) or a known one ("F.A.K.E");
 * "S/M/L" and "A.B.C" stay as written.
 */
function joinedWord(written: string, vocabulary: Vocabulary): string {
  const letters = (written.match(LETTER_AND_MARKS) ?? []).join("");
  const word = foldTokens(letters).join("");
  return word.length >= 4 || vocabulary.startsPhrase(word) ? letters : written;
}

/** Runs of single letters: the longest known phrase at each place is joined ("n i k e rep" → "nike rep"). */
function joinSpacedLetters(tokens: string[], vocabulary: Vocabulary): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    let run = i;
    while (run < tokens.length && run - i < MAX_SPACED && isSingleLetter(tokens[run] as string)) run++;
    if (run - i < 3) {
      out?.push(tokens[i] as string);
      i++;
      continue;
    }
    out ??= tokens.slice(0, i);
    for (let at = i; at < run; ) {
      let end = run;
      while (end - at >= 3 && !vocabulary.has(tokens.slice(at, end).join(""))) end--;
      if (end - at >= 3) {
        out.push(tokens.slice(at, end).join(""));
        at = end;
      } else out.push(tokens[at++] as string);
    }
    i = run;
  }
  return out ?? tokens;
}

/** The longest run of spaced letters read as one (longer runs are read in parts). */
const MAX_SPACED = 24;

/** A token of one letter a–z: a piece of a word split apart. */
export const isSingleLetter = (token: string) => token.length === 1 && token >= "a" && token <= "z";

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
