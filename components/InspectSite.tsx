import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { sendMessage } from "@/utils/send-message";
import { sitePattern } from "@/utils/web-address";
import { useI18n } from "./i18n-context";

/**
 * "Soi trang này", in the popup of a site no content script reads: asks the browser for this one site's
 * permission (in the click itself: the browser asks only on a person's gesture), then has the worker read its
 * product pages from now on, this tab at once. Once given, it can be withdrawn here or in the settings.
 */
export function InspectSite({ url, tabId, onChange }: { url: string; tabId: number; onChange: () => void }) {
  const { t } = useI18n();
  const pattern = sitePattern(url);
  const [inspected, setInspected] = useState<boolean>();
  const [refused, setRefused] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!pattern) return;
    void sendMessage("inspectedSites", {}).then(
      ({ patterns }) => setInspected(patterns.includes(pattern)),
      () => setInspected(false),
    );
  }, [pattern]);

  if (!pattern || inspected === undefined) return null;

  const inspect = async () => {
    setError(undefined);
    // Asked before anything else is awaited: the permission prompt needs the click's user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setRefused(!granted);
    if (!granted) return;
    try {
      await sendMessage("inspectSite", { url, tabId });
      setInspected(true);
      onChange();
    } catch (e) {
      setError(String(e));
    }
  };
  const stop = async () => {
    await sendMessage("stopInspecting", { pattern });
    setInspected(false);
    onChange();
  };

  return (
    <section class="inspect-site" data-field="inspect-site" data-inspected={inspected ? "yes" : "no"}>
      {inspected ? (
        <>
          <p class="muted">{t("popup_inspecting")}</p>
          <button type="button" class="secondary" data-action="stop-inspecting" onClick={() => void stop()}>
            {t("popup_stop_inspecting")}
          </button>
        </>
      ) : (
        <>
          <button type="button" class="secondary" data-action="inspect-site" onClick={() => void inspect()}>
            {t("popup_inspect_site")}
          </button>
          <p class="muted">{t("popup_inspect_hint")}</p>
        </>
      )}
      {refused && <p class="muted">{t("popup_inspect_refused")}</p>}
      {error && <p class="error">{error}</p>}
    </section>
  );
}
