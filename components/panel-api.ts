import type { Language } from "@/utils/localized";
import type { Listing } from "@/utils/sites/listing";
import type { ReportContext } from "./ReportForm";

/** Everything the panel needs to explain a verdict and file a report. */
export interface PanelProps {
  listing: Listing;
  /** As received by the content script: the panel checks it against VerdictSchema before showing it. */
  verdict: unknown;
  context: ReportContext;
  lang: Language;
}

/**
 * The badge panel is loaded on demand (the background injects `badge-panel.js` into the same isolated world the
 * first time someone opens a badge) and hands the content script this API through a global of that world.
 */
export interface PanelApi {
  open(container: HTMLElement, props: PanelProps): Promise<void>;
  /**
   * Straight to the report form (the context menu): `listing` is absent when nothing under the pointer was a
   * listing the page shows, and the panel says so. `capture` is the background's CaptureResult, unchecked.
   */
  openReport(
    container: HTMLElement,
    props: Omit<PanelProps, "verdict" | "listing"> & {
      listing?: Listing;
      verdict?: unknown;
      capture: unknown;
    },
  ): Promise<void>;
}

export const PANEL_GLOBAL = "__soiHangBadgePanel";

export function loadedPanel(): PanelApi | undefined {
  return (globalThis as Record<string, unknown>)[PANEL_GLOBAL] as PanelApi | undefined;
}
