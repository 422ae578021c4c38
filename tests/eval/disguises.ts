import { foldTextReference } from "../../utils/matching/normalize";
import { DEFAULT_BRANDS, DEFAULT_SIGNALS } from "../../utils/matching/rules/default-signals";

// The ways sellers write around keyword filters, as deterministic rewrites of a title: the eval applies each one
// (and some two at once) to every labelled title and checks that the verdict holds. No randomness: a title's
// own hash picks the variant (which font, which separator, which letter), so every run rewrites the same way.

/** Whether a disguise rewrites the whole title or only the words a filter would look for. */
export interface Disguise {
  id: string;
  /** What the disguise does, as the eval's table prints it. */
  label: string;
  /** The disguised title, or undefined when the disguise does not apply to this title. */
  apply(title: string): string | undefined;
  /** A misspelt brand is itself the look-alike signal: such a title is no longer honest, so it is not applied there. */
  honestToo: boolean;
}

/** FNV-1a of the title: picks variants deterministically. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length] as T;

// ---- The words a filter looks for: brand names and counterfeit slang ----

const brandWords = new Set<string>();
const multiWordNames: string[] = [];
for (const b of DEFAULT_BRANDS)
  for (const name of [b.name, ...b.aliases]) {
    const words = foldTextReference(name).split(" ");
    for (const w of words) if (w.length >= 3) brandWords.add(w);
    if (words.length > 1) {
      multiWordNames.push(name);
      brandWords.add(words.join(""));
    }
  }
const slangWords = new Set<string>();
for (const s of DEFAULT_SIGNALS.slang)
  for (const w of foldTextReference(typeof s === "string" ? s : s.term).split(" "))
    if (w.length >= 3 && /[a-z]/.test(w) && !["hang"].includes(w)) slangWords.add(w);

const INVISIBLE_CHARS = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A title cut into words (whitespace kept apart), each word with whether a filter would look for it. */
function words(title: string): { text: string; target: boolean }[] {
  return title.split(/(\s+)/).map((text) => {
    const folded = foldTextReference(text.replace(INVISIBLE_CHARS, ""));
    return { text, target: folded !== "" && (brandWords.has(folded) || slangWords.has(folded)) };
  });
}

/** The title with `rewrite` applied to its brand and slang words; an honest title without any, its longest word. */
function rewriteTargets(title: string, rewrite: (word: string, seed: number) => string): string | undefined {
  const parts = words(title);
  let targets = parts.filter((p) => p.target);
  if (targets.length === 0) {
    const longest = parts
      .filter((p) => /^[\p{L}]{4,}$/u.test(p.text))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!longest) return undefined;
    targets = [longest];
  }
  const seed = seedOf(title);
  const out = parts.map((p, i) => (targets.includes(p) ? rewrite(p.text, seed + i) : p.text)).join("");
  return out === title ? undefined : out;
}

// ---- Styled letters: whole titles written with a "fancy text" generator ----

/** Latin letters (and digits, where the style has them) mapped from `A`, `a` and `0` by offset. */
interface Alphabet {
  upper: number;
  lower: number;
  digit?: number;
  /** Letters the block leaves out (they live elsewhere in Unicode). */
  holes?: Record<string, string>;
}

const MATH_FONTS: Alphabet[] = [
  { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce }, // bold
  { upper: 0x1d434, lower: 0x1d44e, holes: { h: "ℎ" } }, // italic
  { upper: 0x1d468, lower: 0x1d482, digit: 0x1d7ce }, // bold italic
  {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: { B: "ℬ", E: "ℰ", F: "ℱ", H: "ℋ", I: "ℐ", L: "ℒ", M: "ℳ", R: "ℛ", e: "ℯ", g: "ℊ", o: "ℴ" },
  }, // script
  { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec }, // sans-serif bold
  {
    upper: 0x1d538,
    lower: 0x1d552,
    digit: 0x1d7d8,
    holes: { C: "ℂ", H: "ℍ", N: "ℕ", P: "ℙ", Q: "ℚ", R: "ℝ", Z: "ℤ" },
  }, // double-struck
  { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 }, // monospace
];
const FULLWIDTH: Alphabet = { upper: 0xff21, lower: 0xff41, digit: 0xff10 };
const CIRCLED: Alphabet = { upper: 0x24b6, lower: 0x24d0 };
const NEGATIVE_SQUARED: Alphabet = { upper: 0x1f170, lower: 0x1f170 };
const SQUARED: Alphabet = { upper: 0x1f130, lower: 0x1f130 };

function styleChar(c: string, a: Alphabet): string {
  const hole = a.holes?.[c];
  if (hole) return hole;
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCodePoint(a.upper + code - 65);
  if (code >= 97 && code <= 122) return String.fromCodePoint(a.lower + code - 97);
  if (code >= 48 && code <= 57 && a.digit !== undefined) return String.fromCodePoint(a.digit + code - 48);
  return c;
}

/**
 * Styles every letter as the generators do: a Vietnamese letter is its base letter styled with its marks kept
 * as combining marks after it ("𝐓𝐮́𝐢"), đ stays as it is.
 */
function styleText(text: string, map: (c: string) => string): string {
  return [...text.normalize("NFD")].map(map).join("");
}

const SMALL_CAPS: Record<string, string> = {
  a: "ᴀ",
  b: "ʙ",
  c: "ᴄ",
  d: "ᴅ",
  e: "ᴇ",
  f: "ꜰ",
  g: "ɢ",
  h: "ʜ",
  i: "ɪ",
  j: "ᴊ",
  k: "ᴋ",
  l: "ʟ",
  m: "ᴍ",
  n: "ɴ",
  o: "ᴏ",
  p: "ᴘ",
  q: "ꞯ",
  r: "ʀ",
  s: "ꜱ",
  t: "ᴛ",
  u: "ᴜ",
  v: "ᴠ",
  w: "ᴡ",
  y: "ʏ",
  z: "ᴢ",
};

/** Cyrillic and Greek letters that look like Latin ones, as spoofers pick them. */
const LOOKALIKE_LETTERS: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  j: "ј",
  o: "о",
  p: "р",
  s: "ѕ",
  x: "х",
  y: "у",
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  I: "Ι",
  K: "К",
  M: "М",
  N: "Ν",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "Υ",
  Z: "Ζ",
};

// ---- Word-level disguises ----

const SEPARATORS = [".", "-", "_", "/", " ", "*", "🔥", "•", "❤️", "✨"];
const INVISIBLE = ["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"];
const COMBINING = ["\u0336", "\u0332", "\u0307", "\u0335", "\u0338"];
const LEET: Record<string, string[]> = {
  a: ["4", "@"],
  e: ["3"],
  i: ["1", "!"],
  o: ["0"],
  s: ["5", "$"],
  t: ["7"],
  l: ["1"],
  g: ["9"],
  b: ["8"],
};

function splitWord(word: string, seed: number): string {
  if ([...word].length < 3) return word;
  return [...word].join(pick(SEPARATORS, seed));
}

function leetWord(word: string, seed: number): string {
  const chars = [...word];
  // One letter swapped, never the first (sellers keep the initial readable): the last one that has a stand-in.
  const at = chars.map((c, i) => (i > 0 && LEET[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return word;
  const i = at[seed % at.length] as number;
  const standIns = LEET[(chars[i] as string).toLowerCase()] as string[];
  // A symbol at the end of a word reads as punctuation ("Gucc!"): sellers put a digit there.
  chars[i] =
    i === chars.length - 1 ? (standIns.find((c) => /\d/.test(c)) ?? word[i] ?? "") : pick(standIns, seed);
  return chars.join("");
}

function invisibleInside(word: string, seed: number): string {
  const chars = [...word];
  if (chars.length < 3) return word;
  const mark = pick(INVISIBLE, seed);
  // After every second letter: "Cha\u200bne\u200bl".
  return chars.map((c, i) => (i % 2 === 1 && i < chars.length - 1 ? c + mark : c)).join("");
}

function combiningOver(word: string, seed: number): string {
  const mark = pick(COMBINING, seed);
  return [...word].map((c) => (/[A-Za-z]/.test(c) ? c + mark : c)).join("");
}

function lookalikeLetters(word: string): string {
  return [...word].map((c) => LOOKALIKE_LETTERS[c] ?? c).join("");
}

/** One misspelling in one word: a letter doubled, dropped or swapped with the next (never the first letter). */
function misspellWord(word: string, seed: number): string {
  const chars = [...word];
  if (chars.length < 4) return `${word}${word.at(-1)}`;
  const at = 1 + (seed % (chars.length - 2));
  const kind = (seed >>> 4) % 3;
  if (kind === 0) chars.splice(at, 0, chars[at] as string);
  else if (kind === 1 && chars.length >= 6) chars.splice(at, 1);
  else [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
  return chars.join("");
}

/** The title's multi-word brand name (as written in it), if it has one. */
function multiWordNameIn(title: string): string | undefined {
  const lower = title.toLowerCase();
  for (const name of multiWordNames) {
    const at = lower.indexOf(name.toLowerCase());
    if (at >= 0) return title.slice(at, at + name.length);
  }
  return undefined;
}

function withoutMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Forms sellers write the common slang in. */
const SLANG_FORMS: [RegExp, string[]][] = [
  [/rep ?1:1/i, ["Rep 1-1", "REP11", "rep 1 1", "Rep1:1", "hàng rep 1.1"]],
  [/like auth(entic)?/i, ["likeauth", "LIKE-AUTH", "Like Authentic"]],
  [/super fake/i, ["SF", "supper fake", "superfake", "super-fake"]],
  [/siêu cấp/i, ["sieu cap", "SIÊU CẤP", "siêu cấp VIP"]],
  [/replica/i, ["Rep", "REPLICA"]],
  [/hàng nhái/i, ["hang nhai", "hàng nhai", "nhái"]],
  [/hàng fake|fake/i, ["fakê", "f@ke", "FAKE"]],
  [/1:1/, ["1-1", "1.1", "1/1"]],
  [/\bf1\b/i, ["F.1", "f-1"]],
  [/auth like/i, ["authlike", "AUTH-LIKE"]],
];

function slangForm(title: string): string | undefined {
  const seed = seedOf(title);
  for (const [pattern, forms] of SLANG_FORMS)
    if (pattern.test(title)) return title.replace(pattern, pick(forms, seed));
  return undefined;
}

// ---- The disguises ----

const whole = (id: string, label: string, rewrite: (title: string, seed: number) => string): Disguise => ({
  id,
  label,
  honestToo: true,
  apply: (title) => {
    const out = rewrite(title, seedOf(title));
    return out === title ? undefined : out;
  },
});

const targeted = (id: string, label: string, rewrite: (word: string, seed: number) => string): Disguise => ({
  id,
  label,
  honestToo: true,
  apply: (title) => rewriteTargets(title, rewrite),
});

export const DISGUISES: Disguise[] = [
  whole("math", "mathematical letters (𝐁𝐨𝐥𝐝, 𝘐𝘵𝘢𝘭𝘪𝘤, 𝓢𝓬𝓻𝓲𝓹𝓽, 𝕯𝖔𝖚𝖇𝖑𝖊, 𝚖𝚘𝚗𝚘)", (t, seed) =>
    styleText(t, (c) => styleChar(c, pick(MATH_FONTS, seed))),
  ),
  whole("fullwidth", "fullwidth letters (Ｆｕｌｌ)", (t) =>
    styleText(t, (c) => (c === " " ? "\u3000" : styleChar(c, FULLWIDTH))),
  ),
  whole("enclosed", "circled and squared letters (Ⓒⓘⓡⓒⓛⓔ, 🅂🅀, 🅽🅴🅶)", (t, seed) =>
    styleText(t, (c) => styleChar(c, pick([CIRCLED, SQUARED, NEGATIVE_SQUARED], seed))),
  ),
  whole("small-caps", "small capitals (ꜱᴍᴀʟʟ ᴄᴀᴘꜱ)", (t) =>
    styleText(t, (c) => SMALL_CAPS[c.toLowerCase()] ?? c),
  ),
  targeted("cyrillic", "Cyrillic and Greek look-alike letters", lookalikeLetters),
  targeted("combining", "combining marks over letters (C̶h̶a̶n̶e̶l̶)", combiningOver),
  targeted("invisible", "zero-width characters and soft hyphens inside words", invisibleInside),
  targeted("split", "letters split by . - _ / space * emoji", splitWord),
  targeted("leet", "a letter swapped for a digit or symbol (R0lex, Ch4nel)", leetWord),
  {
    id: "misspelt",
    label: "a misspelling in one word of the brand",
    honestToo: false,
    apply: (title) => {
      const parts = words(title);
      const brand = parts.find((p) => p.target && brandWords.has(foldTextReference(p.text)));
      if (!brand) return undefined;
      const seed = seedOf(title);
      return parts.map((p) => (p === brand ? misspellWord(p.text, seed) : p.text)).join("");
    },
  },
  {
    id: "run-together",
    label: "a brand of several words run together or split elsewhere",
    honestToo: true,
    apply: (title) => {
      const name = multiWordNameIn(title);
      if (!name) return undefined;
      const letters = name.replace(/\s+/g, "");
      const seed = seedOf(title);
      const at = 2 + (seed % Math.max(1, letters.length - 3));
      const rewritten = seed % 2 === 0 ? letters : `${letters.slice(0, at)} ${letters.slice(at)}`;
      return title.replace(name, rewritten);
    },
  },
  whole("no-marks", "no Vietnamese marks at all", withoutMarks),
  {
    id: "slang-form",
    label: "the slang in another form (rep11, Like Au, SF)",
    honestToo: true,
    apply: slangForm,
  },
];

/** Two disguises at once, as sellers stack them. */
const PAIRS: [string, string][] = [
  ["math", "split"],
  ["fullwidth", "leet"],
  ["cyrillic", "invisible"],
  ["small-caps", "split"],
  ["enclosed", "misspelt"],
  ["no-marks", "leet"],
  ["combining", "run-together"],
  ["cyrillic", "slang-form"],
];

const byId = new Map(DISGUISES.map((d) => [d.id, d]));

for (const [a, b] of PAIRS) {
  const first = byId.get(a) as Disguise;
  const second = byId.get(b) as Disguise;
  DISGUISES.push({
    id: `${a}+${b}`,
    label: `${a} and ${b}`,
    honestToo: first.honestToo && second.honestToo,
    // The word-level disguise first: it finds the words by their plain spelling.
    apply: (title) => {
      const inner = second.apply(title);
      return inner === undefined ? undefined : first.apply(inner);
    },
  });
}
