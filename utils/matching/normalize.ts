const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Folds Vietnamese text to a comparison form: NFKC first (full-width and mathematical letters such as
 * "𝐂𝐡𝐚𝐧𝐞𝐥" become plain), then lower case, then every diacritic removed and đ→d. Removing the marks makes
 * old and new tone placement ("hoà"/"hòa", "thuý"/"thúy") and diacritic-free typing ("hoa") compare equal.
 * Punctuation becomes single spaces.
 */
export function foldText(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(NON_ALNUM, " ")
    .trim();
}

export function foldTokens(input: string): string[] {
  const folded = foldText(input);
  return folded === "" ? [] : folded.split(" ");
}

/** True when `phrase` (already folded) appears in `tokens` as whole consecutive tokens. */
export function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > tokens.length) return false;
  outer: for (let i = 0; i <= tokens.length - phrase.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
