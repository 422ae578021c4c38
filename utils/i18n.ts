import en from "../public/_locales/en/messages.json";
import vi from "../public/_locales/vi/messages.json";
import type { Language } from "./localized";

/** `_locales` is the one source of UI text; it is bundled so the language chosen in options applies at once. */
export type MessageKey = keyof typeof vi;
const CATALOGS: Record<Language, Record<MessageKey, { message: string }>> = { vi, en };

export function t(lang: Language, key: MessageKey, ...substitutions: (string | number)[]): string {
  const template = CATALOGS[lang][key]?.message ?? CATALOGS.vi[key].message;
  return template.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ""));
}

export function formatDateTime(lang: Language, epochMs: number): string {
  return new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(epochMs);
}
