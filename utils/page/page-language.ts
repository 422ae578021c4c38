import { browser } from "wxt/browser";
import { type Language, LanguageSchema } from "../localized";

// The same storage key as utils/settings.ts, read for the one field a content script needs: the full settings
// schema (subscriptions, keys) would cost every content script its bundle budget.
const KEY = "settings";

function languageOf(stored: unknown): Language {
  const language = LanguageSchema.safeParse((stored as { language?: unknown } | undefined)?.language);
  return language.success ? language.data : "vi";
}

export async function loadLanguage(): Promise<Language> {
  return languageOf((await browser.storage.local.get(KEY))[KEY]);
}

/** Calls `listener` whenever the settings change, with the language they now hold. */
export function onLanguageSettingChanged(listener: (language: Language) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "local" && KEY in changes) listener(languageOf(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
