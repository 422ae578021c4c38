import { sendMessage } from "@/utils/send-message";
import { useI18n } from "./i18n-context";
import { usePolledValue } from "./use-polling";

/** The sites the person let Soi Hàng read ("Soi trang này"), each with "withdraw". */
export function InspectedSites() {
  const { t } = useI18n();
  const [reply, again] = usePolledValue(() => sendMessage("inspectedSites", {}), 3000);
  const patterns = reply?.patterns;
  const withdraw = async (pattern: string) => {
    await sendMessage("stopInspecting", { pattern });
    again();
  };
  const siteOf = (pattern: string) => pattern.replace(/^https?:\/\//, "").replace(/\/\*$/, "");
  return (
    <section aria-labelledby="inspected-sites-heading" data-section="inspected-sites">
      <h2 id="inspected-sites-heading">{t("options_inspected_sites")}</h2>
      <p class="muted">{t("options_inspected_hint")}</p>
      {patterns && patterns.length === 0 && <p class="muted">{t("options_inspected_none")}</p>}
      {patterns && patterns.length > 0 && (
        <ul class="allowed-sites">
          {patterns.map((pattern) => (
            <li key={pattern} data-site={siteOf(pattern)}>
              <span>{siteOf(pattern)}</span>{" "}
              <button type="button" class="secondary" onClick={() => void withdraw(pattern)}>
                {t("options_stop_inspecting", siteOf(pattern))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
