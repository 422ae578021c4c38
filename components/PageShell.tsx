import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { stringsFor } from "@/utils/i18n-catalogs";
import type { Settings } from "@/utils/settings";
import { I18nProvider } from "./i18n-context";
import { useSettings } from "./use-settings";

/** Extension pages: wait for settings, then render in the chosen language, following later changes. */
export function PageShell({ children }: { children: (settings: Settings) => ComponentChildren }) {
  const settings = useSettings();
  const lang = settings?.language;
  const strings = useMemo(() => (lang ? stringsFor(lang) : undefined), [lang]);
  if (!settings || !strings) return null;
  return (
    <I18nProvider lang={settings.language} strings={strings}>
      {children(settings)}
    </I18nProvider>
  );
}
