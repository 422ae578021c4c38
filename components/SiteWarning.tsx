import { useEffect, useRef, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { MessageResponse } from "@/utils/messages";
import { sendMessage } from "@/utils/send-message";
import { isWebAddress } from "@/utils/web-address";
import { useI18n } from "./i18n-context";
import { ReasonList } from "./ReasonList";

type Check = MessageResponse<"siteWarning">;

/** The address the tab was opening, from this page's own query (only a web address is taken). */
function targetAddress(): string | undefined {
  const url = new URLSearchParams(location.search).get("url") ?? "";
  return isWebAddress(url) && url.length <= 4000 ? url : undefined;
}

/** Back where the person came from; a tab opened for the site alone is closed instead. */
async function goBack(): Promise<void> {
  if (history.length > 1) {
    history.back();
    return;
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

/**
 * The page put in a tab in place of a website under a high-severity warning, before any of the site loads:
 * the reasons with their authority, decision, date and source, then "back" (first, and focused) and "continue".
 * What it shows comes from the background's own check of the address, never from the address bar's text.
 */
export function SiteWarning() {
  const { t } = useI18n();
  const [check, setCheck] = useState<Check>();
  const [error, setError] = useState<string>();
  const back = useRef<HTMLButtonElement>(null);
  const address = targetAddress();

  useEffect(() => {
    if (!address) return;
    sendMessage("siteWarning", { url: address }).then(setCheck, (e: unknown) => setError(String(e)));
  }, [address]);
  useEffect(() => back.current?.focus(), [check]);
  useEffect(() => {
    if (check?.verdict) document.title = `${t("site_warning_title")} · ${check.verdict.host}`;
  }, [check, t]);

  const proceed = async () => {
    if (!address) return;
    try {
      // A site still under its warning is let through for the session first; one the lists no longer warn opens.
      if (check?.verdict?.block && !check.allowed) await sendMessage("continueToSite", { url: address });
      location.replace(address);
    } catch (e) {
      setError(String(e));
    }
  };

  const verdict = check?.verdict;
  // The lists may have changed since the tab was stopped: then the site simply opens on request.
  const lifted = check && (!verdict?.block || check.allowed);
  return (
    <main class="site-warning" data-level={lifted ? "none" : "danger"}>
      <h1 class="site-warning-title">{lifted ? "Soi Hàng" : t("site_warning_title")}</h1>
      {error && <p class="error">{error}</p>}
      {verdict && !lifted && (
        <>
          <p class="lead">{t("site_warning_intro", verdict.host)}</p>
          <ReasonList reasons={verdict.reasons} />
          {verdict.sample && <p class="muted">{t("panel_sample")}</p>}
        </>
      )}
      {lifted && <p>{t("site_warning_lifted")}</p>}
      {address && (
        <p class="muted address" data-field="address">
          {t("site_warning_address", address)}
        </p>
      )}
      <p class="row-actions">
        <button type="button" class="primary" ref={back} data-action="back" onClick={() => void goBack()}>
          {t("site_warning_back")}
        </button>
        {check && (
          <button type="button" class="secondary" data-action="continue" onClick={() => void proceed()}>
            {lifted ? t("site_warning_open") : t("site_warning_continue")}
          </button>
        )}
      </p>
      {!lifted && <p class="muted">{t("site_warning_continue_note")}</p>}
      {check && (
        <p class="muted" data-field="hotline">
          {check.hotline.province
            ? t("report_hotline", check.hotline.province, check.hotline.number)
            : t("report_national_hotline", check.hotline.number)}
        </p>
      )}
      <p class="muted">{t("site_warning_local")}</p>
    </main>
  );
}
