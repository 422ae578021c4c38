import { sendMessage } from "@/utils/send-message";
import { useI18n } from "./i18n-context";
import { usePolledValue } from "./use-polling";

/**
 * The warned sites the person chose to open anyway in this session, each with "forget": forgotten, the warning
 * page stands before it again.
 */
export function AllowedSites() {
  const { t } = useI18n();
  const [reply, again] = usePolledValue(() => sendMessage("siteAllowances", {}), 3000);
  const sites = reply?.sites;
  const forget = async (host?: string) => {
    await sendMessage("forgetSites", host === undefined ? {} : { host });
    again();
  };
  return (
    <section aria-labelledby="allowed-sites-heading" data-section="allowed-sites">
      <h2 id="allowed-sites-heading">{t("options_allowed_sites")}</h2>
      <p class="muted">{t("options_allowed_sites_hint")}</p>
      {sites && sites.length === 0 && <p class="muted">{t("options_allowed_none")}</p>}
      {sites && sites.length > 0 && (
        <>
          <ul class="allowed-sites">
            {sites.map((site) => (
              <li key={site.host} data-site={site.host}>
                <span>{site.host}</span>{" "}
                <button type="button" class="secondary" onClick={() => void forget(site.host)}>
                  {t("options_forget_site", site.host)}
                </button>
              </li>
            ))}
          </ul>
          {sites.length > 1 && (
            <button type="button" class="secondary" onClick={() => void forget()}>
              {t("options_forget_all_sites")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
