import type { CONTENT_REPLIES, ContentReply, PlatformNote } from "./content-replies";
import { byGuard, type ReplyCheck } from "./reply-check";
import type { TabMessage } from "./tab-messages";

/**
 * The content scripts' checks of what reaches them (the background's replies, its tab messages), hand-written
 * so that no content script carries zod: its code was 21 KB of each 53 KB script and its first run of each
 * schema cost a cold page about 1.5 ms. The zod schemas (content-replies.ts, tab-messages.ts) stay the
 * contract; tests/unit/content-guards.test.ts holds these guards to them, value by value. Each accepts exactly
 * what its schema accepts (extra fields included, which the code never reads).
 */

type Reply<N extends keyof typeof CONTENT_REPLIES> = ContentReply<N>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === "string";
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const optional = (x: unknown, check: (y: unknown) => boolean) => x === undefined || check(x);
const upTo = (max: number) => (x: unknown) => isString(x) && x.length <= max;
const isLanguage = (x: unknown) => x === "vi" || x === "en";
const LEVELS: readonly unknown[] = ["danger", "caution", "official", "none"];

function isPlatformNote(x: unknown): x is PlatformNote {
  return (
    isRecord(x) &&
    upTo(200)(x.name) &&
    optional(x.pledge, (p) => isRecord(p) && typeof p.signed === "boolean" && optional(p.date, upTo(40)))
  );
}

// `detail` is carried unread, but zod wants its key present (with any value, undefined too).
function isVerdictSummary(x: unknown): boolean {
  return isRecord(x) && isString(x.key) && LEVELS.includes(x.level) && "detail" in x;
}

export const CONTENT_REPLY_GUARDS: { [N in keyof typeof CONTENT_REPLIES]: (x: unknown) => x is Reply<N> } = {
  match: (x): x is Reply<"match"> =>
    isRecord(x) &&
    Array.isArray(x.verdicts) &&
    x.verdicts.every(isVerdictSummary) &&
    isStrings(x.refused) &&
    optional(x.platform, isPlatformNote) &&
    optional(x.guided, isStrings) &&
    optional(x.strings, isStrings) &&
    optional(x.language, isLanguage),
  openPanel: (x): x is Reply<"openPanel"> => isRecord(x) && isString(x.token),
  getStrings: (x): x is Reply<"getStrings"> => isRecord(x) && isStrings(x.strings) && isLanguage(x.language),
};

/** The content scripts' reply checks, for messageSender. */
export const CONTENT_REPLY_CHECKS: { [N in keyof typeof CONTENT_REPLIES]: ReplyCheck<Reply<N>> } = {
  match: byGuard(CONTENT_REPLY_GUARDS.match),
  openPanel: byGuard(CONTENT_REPLY_GUARDS.openPanel),
  getStrings: byGuard(CONTENT_REPLY_GUARDS.getStrings),
};

const TAB_MESSAGE_NAMES: readonly unknown[] = [
  "pageListing",
  "openReport",
  "hidePanel",
  "showPanel",
  "closePanel",
  "languageChanged",
];

/** A message from the background to a tab (TabMessageSchema). */
export function isTabMessage(x: unknown): x is TabMessage {
  return (
    isRecord(x) &&
    x.soiHangTab === 1 &&
    TAB_MESSAGE_NAMES.includes(x.name) &&
    optional(x.linkUrl, upTo(4000)) &&
    optional(x.srcUrl, upTo(4000))
  );
}
