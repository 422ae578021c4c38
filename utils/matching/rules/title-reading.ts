import { markSignatures } from "../mark-signatures";
import type { PhraseHit } from "../phrase-set";
import { type TitleView, titleView } from "../title-view";
import type { Heuristics, TitlePhrase } from "./heuristics";

/** Where on the listing a text was read: its title, a variant's name, the seller's name, its own text. */
export type TextPlace = "title" | "variant" | "seller" | "description";

/** A title's tokens with every rule's phrases found in them: the title is read once for all the rules. */
export interface TitleReading {
  where: TextPlace;
  tokens: readonly string[];
  hits: PhraseHit<TitlePhrase>[];
  /**
   * The tokens with digits standing in for letters read as those letters ("r0lex" → "rolex"), when some token
   * changed: the price floors read these.
   */
  spelled?: readonly string[];
  /** Every such spelling (a 1 read as i, and as l): the look-alike check reads each. */
  spellings?: readonly (readonly string[])[];
}

/**
 * The title as written, then (when there is one) its Telex reading. Words that mix letters and digits are also
 * read with the digits as letters; what that finds is added to the first reading, but only phrases that cover
 * such a word ("Gucc1", "fak3"), so that "F1" or "A4" keep reading as written.
 */
export function readTitle(view: TitleView, h: Heuristics): TitleReading[] {
  return readText(view, h, "title");
}

/**
 * The rest of what the listing shows, read the same way: its variants' names, the seller's name and the first
 * lines of its text. Sellers write there what a filter on the title would catch ("Phân loại: Bản Rep 1:1").
 */
export function readListingText(
  listing: { variants?: readonly string[]; sellerName?: string; description?: string },
  h: Heuristics,
): TitleReading[] {
  if (!listing.variants && !listing.sellerName && !listing.description) return NO_READINGS;
  const readings: TitleReading[] = [];
  for (const variant of listing.variants ?? [])
    readings.push(...readText(titleView(variant, h.phrases), h, "variant"));
  if (listing.sellerName) readings.push(...readText(titleView(listing.sellerName, h.phrases), h, "seller"));
  if (listing.description)
    readings.push(...readText(titleView(listing.description, h.phrases), h, "description"));
  return readings;
}

const NO_READINGS: TitleReading[] = [];

function readText(view: TitleView, h: Heuristics, where: TextPlace): TitleReading[] {
  const first: TitleReading = {
    where,
    tokens: view.tokens,
    hits: marksAgree(view, h.phrases.find(view.tokens)),
  };
  if (view.digitsInWords) {
    const spelled = spellDigits(view.tokens, h, false);
    if (spelled) {
      first.spelled = spelled;
      addChangedHits(first, spelled, h);
      // A 1 inside a word of a longer phrase ("mirr0r qua1ity") is not known alone: read every 1 as l too.
      const allL = spellDigits(view.tokens, h, true);
      if (allL?.some((t, i) => t !== spelled[i])) {
        addChangedHits(first, allL, h);
        first.spellings = [spelled, allL];
      } else first.spellings = [spelled];
    }
  }
  const readings = [first];
  if (view.telex) readings.push({ where, tokens: view.telex, hits: h.phrases.find(view.telex) });
  return readings;
}

/**
 * The hits, less slang and prohibited terms whose marks the title contradicts: in a title typed with marks,
 * "hãng giá" is not "hàng giả". A word typed without marks agrees with any. The marks are only read when such a
 * term was found.
 */
function marksAgree(view: TitleView, hits: PhraseHit<TitlePhrase>[]): PhraseHit<TitlePhrase>[] {
  if (!view.markedText || !hits.some((hit) => hit.value.marks)) return hits;
  const signs = markSignatures(view.markedText, view.tokens.length);
  if (!signs) return hits;
  return hits.filter(({ value, start, end }) => {
    const marks = value.marks;
    if (!marks || marks.length !== end - start) return true;
    for (let k = 0; k < marks.length; k++) {
      const written = signs[start + k] as number;
      if (written !== 0 && written !== marks[k]) return false;
    }
    return true;
  });
}

/** Adds the hits of another reading that cover a token read differently (and are not in the reading yet). */
function addChangedHits(reading: TitleReading, other: readonly string[], h: Heuristics): void {
  for (const hit of h.phrases.find(other))
    if (coversChange(reading.tokens, other, hit) && !reading.hits.some((o) => o.value === hit.value))
      reading.hits.push(hit);
}

const DIGIT_LETTER: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
};

/** The tokens with stand-in digits read as letters, or undefined when no token is written that way. */
function spellDigits(tokens: readonly string[], h: Heuristics, oneIsL: boolean): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const read = spellToken(tokens[i] as string, h, oneIsL);
    if (read === undefined) continue;
    out ??= tokens.slice();
    out[i] = read;
  }
  return out;
}

/**
 * "ch4nel" → "chanel", "r0lex" → "rolex": a word of two letters or more whose digits all have a letter look-alike,
 * no more digits than letters ("100ml", "s23" and "ga2100" are sizes and models), read so only when that makes a
 * word of some phrase ("ddr4" stays). A 1 is an l when that makes a known word ("ro1ex"), else an i ("gucc1").
 */
function spellToken(token: string, h: Heuristics, oneIsL: boolean): string | undefined {
  // A word that starts with a digit is a quantity ("5cm", "2in1"); sellers keep a name's first letter.
  const first = token.charCodeAt(0);
  if (first < 97 || first > 122) return undefined;
  let letters = 0;
  let digits = 0;
  let lastLetter = 0;
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      lastLetter = i;
    } else if (c >= 48 && c <= 57 && c !== 50 && c !== 54) digits++;
    else return undefined;
  }
  letters++;
  if (digits === 0 || letters < 2 || digits > letters) return undefined;
  // Digits only at the end, more than one: a model ("note13", "iphone15"), not "gucc1".
  if (digits > 1 && lastLetter === letters - 1) return undefined;
  const asI = token.replace(/\d/g, (d) => DIGIT_LETTER[d] as string);
  const asL = token.includes("1") ? asI.replace(/i/g, (c, at: number) => (token[at] === "1" ? "l" : c)) : asI;
  const read = oneIsL || h.phrases.hasWord(asL) || h.phrases.startsPhrase(asL) ? asL : asI;
  return h.phrases.hasWord(read) || h.phrases.startsPhrase(read) ? read : undefined;
}

/** The hit spans a token that was read differently. */
function coversChange(
  tokens: readonly string[],
  spelled: readonly string[],
  hit: PhraseHit<unknown>,
): boolean {
  for (let i = hit.start; i < hit.end; i++) if (tokens[i] !== spelled[i]) return true;
  return false;
}
