import punycode from "punycode/punycode.js";
import { domainKey } from "../web-address";
import { foldText } from "./normalize";

/** A platform as the look-alike rule sees it: its name and its real domains (from the feeds' `platforms`). */
export interface PlatformSite {
  readonly name: string;
  readonly domains: readonly string[];
}

/**
 * Words that lures put next to a platform's name ("shopee-sale", "tikivn", "lazada-official"): a short name
 * counts inside a longer word only with one of these.
 */
const LURE_WORDS = new Set([
  "vn",
  "vietnam",
  "sale",
  "sales",
  "shop",
  "store",
  "official",
  "mall",
  "km",
  "khuyenmai",
  "giamgia",
  "uudai",
  "deal",
  "deals",
  "online",
  "app",
  "pay",
  "freeship",
  "hoantien",
  "voucher",
  "gift",
  "event",
  "promo",
  "hotro",
  "cskh",
  "support",
  "login",
  "secure",
  "verify",
]);

/** Ordinary words one letter from a platform's name: an honest shop uses them ("the-beauty-shoppe.vn"). */
const ORDINARY_WORDS = new Set(["shoppe", "shopper", "shoppee"]);

/** Letters and pairs that pass for others in an address bar: "t1ki", "sh0pee", "lazada" with "rn" for "m". */
const lookalikeForm = (word: string): string =>
  word
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .replace(/[1il|]/g, "l")
    .replace(/0/g, "o")
    .replace(/3/g, "e");

/** One letter typed twice ("tikii", "shopeee", "lazadda"). */
function doubledLetter(word: string, name: string): boolean {
  if (word.length !== name.length + 1) return false;
  for (let i = 1; i < word.length; i++)
    if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === name) return true;
  return false;
}

/**
 * One slip after the first letter, in names of six letters or more (shorter names have too many honest
 * neighbours): a letter dropped ("lazda"), changed ("shopea") or two swapped ("shoepe").
 */
function oneSlip(word: string, name: string): boolean {
  if (name.length < 6 || word[0] !== name[0]) return false;
  if (word.length === name.length - 1) {
    for (let i = 1; i < name.length; i++) if (name.slice(0, i) + name.slice(i + 1) === word) return true;
    return false;
  }
  if (word.length !== name.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < name.length && diff.length < 3; i++) if (word[i] !== name[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [a, b] = diff as [number, number];
  return diff.length === 2 && b === a + 1 && word[a] === name[b] && word[b] === name[a];
}

/** A word of an address (a label, or a part of one between hyphens), and its look-alike form. */
interface Word {
  text: string;
  form: string;
}
/** A platform's name, and its look-alike form. */
type Name = Word;
const wordOf = (text: string): Word => ({ text, form: lookalikeForm(text) });

/** Whether one word of an address passes for a platform's name. */
function passesFor({ text: word, form }: Word, { text: name, form: nameForm }: Name): boolean {
  if (word === name) return true;
  if (ORDINARY_WORDS.has(word)) return false;
  if (name.length >= 6 && word.includes(name)) return true;
  if (word.startsWith(name) && LURE_WORDS.has(word.slice(name.length))) return true;
  if (word.endsWith(name) && LURE_WORDS.has(word.slice(0, -name.length))) return true;
  if (doubledLetter(word, name) || oneSlip(word, name)) return true;
  return word !== form && form === nameForm;
}

/** A platform's names as its domains write them: "shopee" of shopee.vn and shopee.com.my; none under 4 letters. */
function namesOf(platform: PlatformSite): string[] {
  const names = new Set<string>();
  for (const domain of platform.domains) {
    const first = domainKey(domain)?.split(".")[0];
    if (first && first.length >= 4 && !first.startsWith("xn--")) names.add(first);
  }
  return [...names];
}

/** An internationalised label in its letters, folded to a–z, digits and hyphens; the label itself when unreadable. */
function unicodeLabel(label: string): string {
  try {
    return foldText(punycode.toUnicode(label)).replace(/ /g, "-");
  } catch {
    return label;
  }
}

/**
 * The rule for a list of platforms, their names and domains worked out once: `imitated(address)` is the
 * platform an address imitates, its name inside another domain ("shopee-sale.vn", "lazada-vn.shop",
 * "tiki.vn.khuyenmai.xyz") or a near miss of it ("tikii.vn", "sh0pee.com", "lazda.vn"); undefined for the
 * platforms' own domains and their subdomains, and for any other address.
 */
export function lookalikeRule<P extends PlatformSite>(
  platforms: readonly P[],
): (address: string) => P | undefined {
  const genuine = platforms.flatMap((p) => p.domains.flatMap((d) => domainKey(d) ?? []));
  const names = platforms.map((platform) => ({ platform, names: namesOf(platform).map(wordOf) }));
  return (address) => {
    const host = domainKey(address);
    if (!host) return undefined;
    for (const key of genuine) if (host === key || host.endsWith(`.${key}`)) return undefined;
    // The top-level domain is never a name ("shop.vn"'s "vn"); every label before it may carry one. A label
    // in punycode is read in its letters, folded as titles are: "shopeе" with a Cyrillic "е" is "shopee".
    const labels = host
      .split(".")
      .slice(0, -1)
      .map((label) => (label.startsWith("xn--") ? unicodeLabel(label) : label));
    const words = labels
      .flatMap((label) => [label, ...(label.includes("-") ? label.split("-") : [])])
      .map(wordOf);
    for (const { platform, names: own } of names)
      for (const name of own) for (const word of words) if (passesFor(word, name)) return platform;
    return undefined;
  };
}

/** The platform a web address imitates (see lookalikeRule), for one address. */
export function imitatedPlatform<P extends PlatformSite>(
  address: string,
  platforms: readonly P[],
): P | undefined {
  return lookalikeRule(platforms)(address);
}
