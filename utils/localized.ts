import { z } from "zod";

export const LANGUAGES = ["vi", "en"] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Feed-supplied text: Vietnamese always, English when the publisher gives it. */
export const LocalizedTextSchema = z.object({
  vi: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pickText(text: LocalizedText, lang: Language): string {
  return lang === "en" ? (text.en ?? text.vi) : text.vi;
}
