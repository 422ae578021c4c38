import type { Settings } from "@/utils/settings";
import { useI18n } from "./i18n-context";

/** Staff mode's home. The sweep tools themselves arrive with utils/sweep; this says what they will do. */
export function SidePanel({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  return (
    <main style={{ padding: "12px 14px" }}>
      <h1>{t("sidepanel_title")}</h1>
      <p data-field="staff-mode" class={settings.staffMode ? "ok" : "muted"}>
        {t(settings.staffMode ? "sidepanel_on" : "sidepanel_off")}
      </p>
      <p>{t("sidepanel_offer")}</p>
      <p class="muted">{t("sidepanel_not_yet")}</p>
    </main>
  );
}
