import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { stringsFor } from "@/utils/i18n-catalogs";
import type { MessageResponse } from "@/utils/messages";
import { sendMessage } from "@/utils/send-message";
import { BadgePanel } from "./BadgePanel";
import { I18nProvider } from "./i18n-context";
import { reportApi } from "./report-api";

/**
 * The panel as its frame draws it: what the background kept for `token` (the listing, its verdict made again
 * by the background, a screenshot the context menu took), in the chosen language. Everything typed here stays
 * in this extension page.
 */
export function PanelFrame({ token }: { token: string }) {
  const [opening, setOpening] = useState<MessageResponse<"panelOpening">>();
  const [error, setError] = useState<string>();
  const close = () => void sendMessage("closePanel", { token }).catch(() => undefined);
  const api = useMemo(() => reportApi(() => sendMessage("panelCapture", { token })), [token]);

  useEffect(() => {
    sendMessage("panelOpening", { token }).then(setOpening, (e: unknown) => setError(String(e)));
    // Escape closes the dialog, as it would a dialog whose content is not in a frame.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [token]);

  if (error)
    return (
      <p class="warn" role="alert">
        {error}
      </p>
    );
  if (!opening) return null;
  return (
    <I18nProvider lang={opening.language} strings={stringsFor(opening.language)}>
      <BadgePanel
        listing={opening.listing}
        verdict={opening.verdict}
        guides={opening.guides ?? []}
        hotline={opening.hotline}
        context={{
          pageUrl: opening.pageUrl,
          pageTitle: opening.pageTitle,
          version: browser.runtime.getManifest().version,
        }}
        entryPoint={opening.entryPoint}
        api={api}
        {...(opening.capture ? { initialCapture: opening.capture } : {})}
        onClose={close}
      />
    </I18nProvider>
  );
}
