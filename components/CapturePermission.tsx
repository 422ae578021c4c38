import { useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { CAPTURE_ORIGINS } from "@/utils/capture/screenshot";
import { useI18n } from "./i18n-context";

/** Chrome captures a tab only with activeTab or <all_urls>; a badge click grants neither, so this page asks once. */
export function CapturePermission() {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<boolean>();
  const ask = async () => {
    // Must run straight from the click: the browser allows the request only during a user gesture.
    const granted = await browser.permissions.request({ origins: [...CAPTURE_ORIGINS] });
    setAnswer(granted);
    if (granted) setTimeout(() => window.close(), 1500);
  };
  return (
    <main style={{ padding: "16px 18px", maxWidth: "420px" }}>
      <h1>{t("perm_title")}</h1>
      <p>{t("perm_body")}</p>
      {answer === undefined && (
        <button type="button" class="primary" onClick={() => void ask()}>
          {t("perm_allow")}
        </button>
      )}
      {answer !== undefined && (
        <p role="status" class={answer ? "ok" : "muted"}>
          {t(answer ? "perm_granted" : "perm_denied")}
        </p>
      )}
    </main>
  );
}
