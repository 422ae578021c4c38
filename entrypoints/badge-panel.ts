import { h, render } from "preact";
import { BadgePanel } from "@/components/BadgePanel";
import controlsCss from "@/components/controls.css?inline";
import { I18nProvider } from "@/components/i18n-context";
import panelCss from "@/components/panel.css?inline";
import { PANEL_GLOBAL, type PanelApi } from "@/components/panel-api";
import { adoptStyles } from "@/components/shadow-styles";
import { stringsFor } from "@/utils/i18n-catalogs";
import { VerdictSchema } from "@/utils/matching/verdict";
import type { Report } from "@/utils/reports/schema";
import { sendMessage } from "@/utils/send-message";
import { loadSettings } from "@/utils/settings";

// Injected by the background into a marketplace tab's isolated world the first time a badge is opened; the
// content script then finds this API on the world's global object.
const PANEL_CSS = `${controlsCss}\n${panelCss}`;

export default defineUnlistedScript(() => {
  const api: PanelApi = {
    async open(container, props) {
      const verdict = VerdictSchema.safeParse(props.verdict);
      if (!verdict.success) throw new Error(`verdict refused: ${verdict.error.issues[0]?.message}`);
      const root = container.getRootNode();
      if (root instanceof ShadowRoot) adoptStyles(root, PANEL_CSS);
      const unmount = () => render(null, container);
      const { intakeUrl } = await loadSettings();
      const context = { ...props.context, intakeUrl };
      const submit = (report: Report) => sendMessage("submitReport", { report });
      const panel = h(BadgePanel, { ...props, context, submit, verdict: verdict.data, onClosed: unmount });
      render(
        h(I18nProvider, { lang: props.lang, strings: stringsFor(props.lang), children: panel }),
        container,
      );
    },
  };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = api;
});
