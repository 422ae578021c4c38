import type { Language } from "./localized";

/**
 * The one way dates are written, on every screen: as Vietnamese write them in `vi` (14/09/2026, and
 * 13:37 14/09/2026), and in the locale's own way in `en` (14 Sept 2026, 14 Sept 2026, 13:37).
 */
const LOCALE: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };
const DAY: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric" },
  en: { dateStyle: "medium" },
};
const DAY_AND_TIME: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
  en: { dateStyle: "medium", timeStyle: "short" },
};
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const time = (at: number | string): number => (typeof at === "number" ? at : Date.parse(at));

/**
 * A moment (epoch ms or an ISO string) with its time, in the reader's time zone unless one is given (the
 * office's workspace writes Vietnam's). Anything unreadable is given back as it came.
 */
export function formatDateTime(lang: Language, at: number | string, timeZone?: string): string {
  const ms = time(at);
  if (!Number.isFinite(ms)) return String(at);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    ...DAY_AND_TIME[lang],
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

/**
 * A day: a calendar date as feeds give them (`YYYY-MM-DD`, written as that day wherever the reader is), or a
 * moment's day. Anything unreadable is given back as it came.
 */
export function formatDate(lang: Language, day: number | string): string {
  const calendar = typeof day === "string" ? DAY_ONLY.exec(day) : null;
  if (calendar) {
    const at = Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3]));
    return new Intl.DateTimeFormat(LOCALE[lang], { ...DAY[lang], timeZone: "UTC" }).format(at);
  }
  const ms = time(day);
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(LOCALE[lang], DAY[lang]).format(ms) : String(day);
}
