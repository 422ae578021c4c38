import type { BrandEntry, BrandName } from "./brand-entry";

/** Room for name lengths: longer names share the last bucket (they are compared by length anyway). */
const LENGTHS = 32;
export const MAX_FILED_LENGTH = LENGTHS - 1;
/** How far a spelling's length may be from the name's: the largest edit distance allowed. */
export const LENGTH_SLACK = 2;

/** The first letter of `word` as 0–25, or -1 when it is not a–z. */
export const initialOf = (word: string): number => {
  const code = word.charCodeAt(0) - 97;
  return code >= 0 && code < 26 ? code : -1;
};

/** The letters a–z in `word` as bits 0–25, anything else as bit 26. */
export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    set |= 1 << (code >= 0 && code < 26 ? code : 26);
  }
  return set;
}

/** How many bits of `set` are 1. */
export function bitCount(set: number): number {
  let n = set - ((set >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/**
 * Brands' names for the look-alike check, filed by first letter and length, so a title's word is compared
 * with the few names it could misspell (same first letter, within two letters of its length) instead of every
 * name of every brand.
 */
export class LookalikeIndex {
  /** One-word names by `initial * LENGTHS + length`. */
  private readonly single: (BrandName[] | undefined)[] = new Array(26 * LENGTHS);
  /** Names of several words by initial. */
  private readonly multi: (BrandName[] | undefined)[] = new Array(26);
  /** For each brand (by serial), the number of the last title that sells its goods. */
  private soldIn = new Uint32Array(64);
  private title = 0;

  /** Starts a title: no brand is marked sold in it yet. */
  nextTitle(): void {
    this.title++;
    if (this.title === 0xffffffff) {
      this.soldIn.fill(0);
      this.title = 1;
    }
  }

  /** The current title names the brand's goods. */
  markSold(brand: BrandEntry): void {
    if (brand.serial >= this.soldIn.length) {
      const grown = new Uint32Array(Math.max(brand.serial + 1, this.soldIn.length * 2));
      grown.set(this.soldIn);
      this.soldIn = grown;
    }
    this.soldIn[brand.serial] = this.title;
  }

  isSold(brand: BrandEntry): boolean {
    return this.soldIn[brand.serial] === this.title;
  }

  add(name: BrandName): void {
    const initial = initialOf(name.squashed);
    if (initial < 0) return;
    if (name.words > 1) fileUnder(this.multi, initial, name);
    else fileUnder(this.single, initial * LENGTHS + Math.min(name.squashed.length, MAX_FILED_LENGTH), name);
  }

  /**
   * One-word names starting with letter number `initial` (a = 0) and `length` letters long; at
   * `MAX_FILED_LENGTH`, every longer name too.
   */
  singleNames(initial: number, length: number): readonly BrandName[] | undefined {
    return this.single[initial * LENGTHS + Math.min(length, MAX_FILED_LENGTH)];
  }

  /** Names of several words starting with letter number `initial`. */
  multiNames(initial: number): readonly BrandName[] | undefined {
    return this.multi[initial];
  }
}

function fileUnder(lists: (BrandName[] | undefined)[], at: number, name: BrandName): void {
  const list = lists[at];
  if (list) list.push(name);
  else lists[at] = [name];
}
