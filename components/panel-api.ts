import type { Language } from "@/utils/localized";
import type { Listing } from "@/utils/sites/listing";
import type { ReportContext } from "./ReportForm";

/** Everything the panel needs to explain a verdict and file a report. */
export interface PanelProps {
  listing: Listing;
  /** As received by the content script: the panel checks it against VerdictSchema before showing it. */
  verdict: unknown;
  /** The intake address is not known to content scripts: the panel reads it from the settings. */
  context: Omit<ReportContext, "intakeUrl">;
  lang: Language;
}

/**
 * The badge panel is loaded on demand (the background injects `badge-panel.js` into the same isolated world the
 * first time someone opens a badge) and hands the content script this API through a global of that world.
 */
export interface PanelApi {
  open(container: HTMLElement, props: PanelProps): Promise<void>;
}

export const PANEL_GLOBAL = "__soiHangBadgePanel";

export function loadedPanel(): PanelApi | undefined {
  return (globalThis as Record<string, unknown>)[PANEL_GLOBAL] as PanelApi | undefined;
}
