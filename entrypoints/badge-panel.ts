import { h, render } from "preact";
import { BadgePanel } from "@/components/BadgePanel";
import controlsCss from "@/components/controls.css?inline";
import { I18nProvider } from "@/components/i18n-context";
import panelCss from "@/components/panel.css?inline";
import { PANEL_GLOBAL, type PanelApi } from "@/components/panel-api";
import { reportApi } from "@/components/report-api";
import { adoptStyles } from "@/components/shadow-styles";
import { stringsFor } from "@/utils/i18n-catalogs";
import type { Language } from "@/utils/localized";
import { VerdictSchema } from "@/utils/matching/verdict";
import { CaptureResultSchema } from "@/utils/message-replies";
import type { ReportEntryPoint } from "@/utils/reports/schema";
import { sendMessage } from "@/utils/send-message";
import { ListingSchema } from "@/utils/sites/listing";

// Injected by the background into a marketplace tab's isolated world the first time a badge is opened; the
// content script then finds this API on the world's global object.
const PANEL_CSS = `${controlsCss}\n${panelCss}`;

interface Opening {
  listing: unknown;
  verdict: unknown;
  context: { pageUrl: string; pageTitle: string; version: string };
  lang: Language;
  entryPoint: ReportEntryPoint;
  capture?: unknown;
}

/** Everything from the content script is checked here before it is shown: it came through page content. */
function show(container: HTMLElement, opening: Opening) {
  const listing = opening.listing === undefined ? undefined : ListingSchema.parse(opening.listing);
  const verdict = opening.verdict === undefined ? undefined : VerdictSchema.safeParse(opening.verdict);
  if (verdict && !verdict.success) throw new Error(`verdict refused: ${verdict.error.issues[0]?.message}`);
  const capture = opening.capture === undefined ? undefined : CaptureResultSchema.safeParse(opening.capture);
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) adoptStyles(root, PANEL_CSS);
  const panel = h(BadgePanel, {
    listing,
    verdict: verdict?.data,
    context: opening.context,
    entryPoint: opening.entryPoint,
    api: reportApi(() => sendMessage("captureScreenshot", {})),
    canCapture: async () => (await sendMessage("canCapture", {})).granted,
    ...(capture ? { initialCapture: capture.success ? capture.data : undefined } : {}),
    onClosed: () => render(null, container),
  });
  render(null, container);
  render(
    h(I18nProvider, { lang: opening.lang, strings: stringsFor(opening.lang), children: panel }),
    container,
  );
}

export default defineUnlistedScript(() => {
  const api: PanelApi = {
    async open(container, props) {
      show(container, { ...props, entryPoint: "badge" });
    },
    async openReport(container, props) {
      show(container, {
        ...props,
        listing: props.listing,
        verdict: props.verdict,
        entryPoint: "context_menu",
      });
    },
  };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = api;
});
