import { type ComponentChildren, createContext } from "preact";
import { useContext, useMemo } from "preact/hooks";
import { type Translate, translator } from "@/utils/i18n";
import type { Language } from "@/utils/localized";

interface I18n {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: "vi", t: translator({}) });

export function I18nProvider(props: {
  lang: Language;
  strings: Readonly<Record<string, string>>;
  children: ComponentChildren;
}) {
  const value = useMemo(
    () => ({ lang: props.lang, t: translator(props.strings) }),
    [props.lang, props.strings],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
