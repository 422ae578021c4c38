import { foldTokens } from "./normalize";

/** A title as the heuristic rules read it: folded tokens, with the common disguises undone. */
export interface TitleView {
  tokens: string[];
  /** Some word mixes letters and digits ("R0lex", "fak3"): the rules also read it with the digits as letters. */
  digitsInWords?: true;
  /**
   * The title was typed with Vietnamese marks: this is its text, for telling apart words that only differ by them
   * ("hãng giá" is not "hàng giả"; see markSignatures).
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
/** A Vietnamese letter, precomposed or as a base letter and its marks: the title was typed with an input method. */
const VIETNAMESE_MARKED =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]|\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031b|\u0323/i;

/** Which of titleView's steps a title may need, found in one pass over it (this runs for every listing). */
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

function stepsFor(title: string): number {
  let steps = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) steps |= DECOMPOSED;
    // [ ( 【 （
    else if (c === 0x5b || c === 0x28 || c === 0x3010 || c === 0xff08) steps |= BRACKET;
    // @ $ € ! | ¢
    else if (c === 0x40 || c === 0x24 || c === 0x20ac || c === 0x21 || c === 0x7c || c === 0xa2)
      steps |= LEET_SYMBOL;
    else if (
      (c >= 0x30 &&
        c <= 0x39 &&
        (isLetterCode(title.charCodeAt(i - 1)) || isLetterCode(title.charCodeAt(i + 1)))) ||
      (c >= 0xff10 && c <= 0xff19) ||
      (c >= 0xd800 && c <= 0xdfff)
    )
      // A digit next to a letter, or one that may be (full-width, or styled: surrogates, read after folding).
      steps |= DIGIT_IN_WORD;
    // A single letter before a separator or a space (the check is exact for ASCII and Vietnamese; anything
    // past them, emoji and styled letters among it, takes the split step anyway).
    if (
      c >= 0x2000 ||
      ((isInWordSeparator(c) || c === 0x20) &&
        isLetterCode(title.charCodeAt(i - 1)) &&
        !isLetterCode(title.charCodeAt(i - 2)))
    )
      steps |= SPLIT;
  }
  return steps;
}

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
  const view: TitleView = steps & DIGIT_IN_WORD ? { tokens, digitsInWords: true } : { tokens };
  if (VIETNAMESE_MARKED.test(text)) {
    view.markedText = text;
    return view;
  }
  let changed = false;
  const telex = tokens.map((token) => {
    const read = telexRead(token);
    if (read !== token) changed = true;
    return read;
  });
  if (changed) view.telex = telex;
  return view;
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

const isSingleLetter = (token: string) => token.length === 1 && token >= "a" && token <= "z";

/**
 * Each word's Vietnamese marks, in the words folding gives (or undefined when the words do not line up, as after
 * split letters were joined): the tone and vowel marks sorted, and "đ". Sorted, so that old and new tone
 * placement ("hoà", "hòa") sign alike; a word typed without marks signs "".
 */
export function markSignatures(text: string, count: number): string[] | undefined {
  const signatures: string[] = [];
  let marks: string[] = [];
  let inWord = false;
  const end = () => {
    if (inWord) signatures.push(marks.sort().join(""));
    marks = [];
    inWord = false;
  };
  for (const c of text.replace(INVISIBLE_IN_WORD, "").normalize("NFKD").toLowerCase()) {
    if (VIETNAMESE_MARK.test(c)) marks.push(c);
    else if (c === "đ") {
      marks.push("đ");
      inWord = true;
    } else if (WORD_CHAR.test(c)) inWord = true;
    else if (!OTHER_MARK.test(c)) end();
  }
  end();
  return signatures.length === count ? signatures : undefined;
}

const VIETNAMESE_MARK = /\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031b|\u0323/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OTHER_MARK = /\p{M}/u;
const INVISIBLE_IN_WORD = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

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
