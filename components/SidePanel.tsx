import type { Settings } from "@/utils/settings";
import { useI18n } from "./i18n-context";
import { SweepPanel } from "./sweep/SweepPanel";

/** Staff mode's home: the sweep tools when staff mode is on, and how to turn it on otherwise. */
export function SidePanel({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  return (
    <main class="side-panel">
      <h1>{t("sidepanel_title")}</h1>
      {settings.staffMode ? (
        <SweepPanel />
      ) : (
        <>
          <p data-field="staff-mode" class="muted">
            {t("sidepanel_off")}
          </p>
          <p>{t("sidepanel_offer")}</p>
          <p>
            <a href="/options.html" target="_blank" rel="noopener">
              {t("sidepanel_open_options")}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
