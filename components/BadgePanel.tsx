import { useEffect, useRef, useState } from "preact/hooks";
import type { Verdict } from "@/utils/matching/verdict";
import type { CaptureResult } from "@/utils/message-replies";
import type { ReportEntryPoint } from "@/utils/reports/schema";
import type { Listing } from "@/utils/sites/listing";
import { useI18n } from "./i18n-context";
import { ReasonList } from "./ReasonList";
import { type ReportContext, ReportForm } from "./ReportForm";
import type { ReportApi } from "./report-api";

/** Two frames and a little more: the page is repainted without the dialog before the tab is captured. */
const REPAINT_MS = 80;

/**
 * Runs `capture` with the dialog and its backdrop out of sight, so that the screenshot shows the page and the
 * listing rather than the form over them.
 */
export async function withDialogHidden<T>(dialog: HTMLDialogElement | null, capture: () => Promise<T>) {
  dialog?.setAttribute("data-capturing", "");
  try {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, REPAINT_MS));
    return await capture();
  } finally {
    dialog?.removeAttribute("data-capturing");
  }
}

/**
 * The modal dialog behind a badge: the reasons with their sources, then the report form. Opened from the
 * context menu it starts at the form (or, when no listing was under the pointer, says so).
 */
export function BadgePanel(props: {
  listing: Listing | undefined;
  verdict: Verdict | undefined;
  context: ReportContext;
  entryPoint: ReportEntryPoint;
  /** Its `capture` takes the tab as it is: the panel hides itself around it. */
  api: ReportApi;
  /** Whether the optional screenshot permission was given. */
  canCapture: () => Promise<boolean>;
  initialCapture?: CaptureResult;
  onClosed: () => void;
}) {
  const { listing, verdict } = props;
  const { t } = useI18n();
  const [view, setView] = useState<"details" | "report">(props.entryPoint === "badge" ? "details" : "report");
  const dialog = useRef<HTMLDialogElement>(null);
  const [api] = useState<ReportApi>(() => ({
    ...props.api,
    async capture() {
      // From a badge no click granted activeTab: without the optional permission, say so at once rather than
      // hide the dialog for nothing. The context menu's click did grant it, for this tab.
      if (props.entryPoint === "badge" && !(await props.canCapture()))
        return { ok: false, error: "permission", detail: "the screenshot permission was not given" };
      return withDialogHidden(dialog.current, props.api.capture);
    },
  }));

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const close = () => dialog.current?.close();
  const level = verdict?.level ?? "none";
  const firstCategory = verdict?.reasons.find((r) => r.category)?.category ?? "counterfeit";

  return (
    <dialog ref={dialog} aria-labelledby="soi-hang-title" onClose={props.onClosed}>
      {!listing && (
        <div>
          <h2 id="soi-hang-title">{t("report_title")}</h2>
          <p data-field="not-found">{t("report_not_found")}</p>
          <div class="actions">
            <button type="button" class="secondary" data-action="close" onClick={close}>
              {t("panel_close")}
            </button>
          </div>
        </div>
      )}
      {listing && view === "details" && (
        <div>
          <h2 id="soi-hang-title" class={`heading--${level}`}>
            {t(`panel_heading_${level}`)}
          </h2>
          <p class="listing-title" data-field="title">
            {listing.title}
          </p>
          {listing.sellerName && (
            <p class="muted" data-field="seller">
              {t("panel_seller", listing.sellerName)}
            </p>
          )}
          {verdict && <ReasonList reasons={verdict.reasons} />}
          {verdict?.sample && <p class="sample">{t("panel_sample")}</p>}
          <div class="actions">
            <button type="button" class="secondary" data-action="close" onClick={close}>
              {t("panel_close")}
            </button>
            <button type="button" class="primary" data-action="report" onClick={() => setView("report")}>
              {t("panel_report")}
            </button>
          </div>
        </div>
      )}
      {listing && view === "report" && (
        <ReportForm
          listing={listing}
          initialCategory={firstCategory}
          context={props.context}
          entryPoint={props.entryPoint}
          api={api}
          {...(props.initialCapture ? { initialCapture: props.initialCapture } : {})}
          {...(verdict && props.entryPoint === "badge" ? { onBack: () => setView("details") } : {})}
          onClose={close}
        />
      )}
    </dialog>
  );
}
