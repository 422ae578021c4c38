import { foldTokens } from "./normalize";

/** Where a phrase was found: tokens [start, end). */
export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
}

const MAX_TOKENS = 6;
/**
 * Prefixes are kept up to this many characters only: keeping every prefix of every phrase costs the square of
 * a phrase's length (a signed feed of long terms could take hundreds of MB at every worker start). Past it a
 * window keeps growing, to at most MAX_TOKENS tokens, and is looked up whole.
 */
export const PREFIX_CHARS = 12;

/**
 * Phrases found in a title's tokens as whole words, whatever the spacing and punctuation between their parts:
 * "rep 1:1", "rep1:1", "REP 11" and "rep11" are one phrase, and "fake" is not found in "fakeshop". Each phrase
 * is kept as its folded tokens run together; a title is read window by window, and a window grows only while
 * it is the beginning of some phrase (checked on its first PREFIX_CHARS characters), so most tokens cost one
 * lookup.
 */
export class PhraseSet<T> {
  private readonly phrases = new Map<string, T>();
  private readonly prefixes = new Set<string>();
  /** Every word of every phrase, as written in it. */
  private readonly words = new Set<string>();

  add(phrase: string, value: T): void {
    const tokens = foldTokens(phrase);
    const squashed = tokens.join("");
    if (squashed !== "" && !this.phrases.has(squashed)) this.insert(squashed, tokens, value);
  }

  /** The value kept for `phrase`, made by `make` and added when there is none (undefined for an empty phrase). */
  upsert(phrase: string, make: () => T): T | undefined {
    const tokens = foldTokens(phrase);
    const squashed = tokens.join("");
    if (squashed === "") return undefined;
    let value = this.phrases.get(squashed);
    if (value === undefined) {
      value = make();
      this.insert(squashed, tokens, value);
    }
    return value;
  }

  private insert(squashed: string, tokens: readonly string[], value: T): void {
    this.phrases.set(squashed, value);
    for (const word of tokens) this.words.add(word);
    const kept = Math.min(squashed.length, PREFIX_CHARS);
    for (let i = 1; i <= kept; i++) this.prefixes.add(squashed.slice(0, i));
  }

  /** The value kept for `phrase` (matched as `add` keeps it). */
  get(phrase: string): T | undefined {
    return this.phrases.get(foldTokens(phrase).join(""));
  }

  /** Whether `word` (folded) is one of the words of a phrase ("vuitton" of "louis vuitton"). */
  hasWord(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether `squashed` (folded, run together) is a phrase. */
  has(squashed: string): boolean {
    return this.phrases.has(squashed);
  }

  /** Whether `squashed` (folded, run together) is a phrase or the beginning of one. */
  startsPhrase(squashed: string): boolean {
    return squashed.length <= PREFIX_CHARS ? this.prefixes.has(squashed) : this.phrases.has(squashed);
  }

  get size(): number {
    return this.phrases.size;
  }

  find(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      let window = "";
      // Tokens taken once the window is longer than the kept prefixes: while it is shorter, each token must
      // keep it a prefix, so letters spaced apart ("l o u i s v u i t t o n") are read as far as they go.
      let unchecked = 0;
      for (let end = start; end < tokens.length && unchecked < MAX_TOKENS; end++) {
        window += tokens[end];
        if (window.length <= PREFIX_CHARS) {
          if (!this.prefixes.has(window)) break;
        } else unchecked++;
        const value = this.phrases.get(window);
        if (value !== undefined) hits.push({ value, start, end: end + 1 });
      }
    }
    return hits;
  }
}
