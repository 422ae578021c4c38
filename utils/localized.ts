import * as z from "zod/mini";

export const LANGUAGES = ["vi", "en"] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

const text = z.string().check(z.minLength(1), z.maxLength(2000));

/** Feed-supplied text: Vietnamese always, English when the publisher gives it. */
export const LocalizedTextSchema = z.object({ vi: text, en: z.optional(text) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pickText(value: LocalizedText, lang: Language): string {
  return lang === "en" ? (value.en ?? value.vi) : value.vi;
}
