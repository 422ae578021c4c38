import en from "../public/_locales/en/messages.json";
import vi from "../public/_locales/vi/messages.json";
import type { Strings } from "./i18n";
import type { Language } from "./localized";

const CATALOGS = { vi, en };

/** The strings of one language, English falling back to Vietnamese key by key. Bundled by pages and background. */
export function stringsFor(lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, { message }] of Object.entries(CATALOGS.vi)) out[key] = message;
  if (lang !== "vi") for (const [key, { message }] of Object.entries(CATALOGS[lang])) out[key] = message;
  return out satisfies Strings;
}
