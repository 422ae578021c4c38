import { t } from "@/utils/i18n";
import { useSettings } from "./use-settings";

/** Staff mode's home. The sweep tools themselves arrive with utils/sweep; this says what they will do. */
export function SidePanel() {
  const settings = useSettings();
  if (!settings) return null;
  const lang = settings.language;
  return (
    <main style={{ padding: "12px 14px" }}>
      <h1>{t(lang, "sidepanel_title")}</h1>
      <p data-field="staff-mode" class={settings.staffMode ? "ok" : "muted"}>
        {t(lang, settings.staffMode ? "sidepanel_on" : "sidepanel_off")}
      </p>
      <p>{t(lang, "sidepanel_offer")}</p>
      <p class="muted">{t(lang, "sidepanel_not_yet")}</p>
    </main>
  );
}
