import type vi from "../public/_locales/vi/messages.json";

/** `_locales` is the one source of UI text; the keys of the Vietnamese catalog are the keys of every catalog. */
export type MessageKey = keyof typeof vi;
export type Strings = Partial<Record<MessageKey, string>>;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(strings: Readonly<Record<string, string>>): Translate {
  return (key, ...substitutions) =>
    (strings[key] ?? key).replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ""));
}

/** Texts sent in the order of the keys asked for, by key; undefined when there is not one text per key. */
export function textsByKey(
  keys: readonly string[],
  texts: readonly string[],
): Record<string, string> | undefined {
  if (texts.length !== keys.length) return undefined;
  const byKey: Record<string, string> = {};
  for (const [i, key] of keys.entries()) byKey[key] = texts[i] as string;
  return byKey;
}
