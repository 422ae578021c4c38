import { useState } from "preact/hooks";
import { sendMessage } from "@/utils/send-message";
import { useI18n } from "./i18n-context";
import { usePolling } from "./use-polling";

/** The sites the person let Soi Hàng read ("Soi trang này"), each with "withdraw". */
export function InspectedSites() {
  const { t } = useI18n();
  const [patterns, setPatterns] = useState<string[]>();
  const [generation, setGeneration] = useState(0);
  usePolling(
    async (live) => {
      const reply = await sendMessage("inspectedSites", {}).catch(() => undefined);
      if (live() && reply) setPatterns(reply.patterns);
    },
    3000,
    [generation],
  );
  const withdraw = async (pattern: string) => {
    await sendMessage("stopInspecting", { pattern });
    setGeneration((g) => g + 1);
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
