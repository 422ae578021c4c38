import { useEffect, useState } from "preact/hooks";
import { loadSettings, onSettingsChanged, type Settings } from "@/utils/settings";

/** Current settings, kept live; undefined until loaded. Also sets the page's language for assistive tech. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);
  return settings;
}
