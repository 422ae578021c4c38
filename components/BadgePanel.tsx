import { useEffect, useRef, useState } from "preact/hooks";
import type { Verdict } from "@/utils/matching/verdict";
import type { Report } from "@/utils/reports/schema";
import { useI18n } from "./i18n-context";
import type { PanelProps } from "./panel-api";
import { ReasonList } from "./ReasonList";
import { type ReportContext, ReportForm } from "./ReportForm";

/** The modal dialog behind a badge: the reasons with their sources, then the report form. */
export function BadgePanel({
  listing,
  verdict,
  context,
  submit,
  onClosed,
}: Omit<PanelProps, "verdict" | "context" | "lang"> & {
  verdict: Verdict;
  context: ReportContext;
  submit: (report: Report) => Promise<{ intakeUrl: string }>;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<"details" | "report">("details");
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const close = () => dialog.current?.close();
  const level = verdict.level;
  const firstCategory = verdict.reasons.find((r) => r.category)?.category ?? "counterfeit";

  return (
    <dialog ref={dialog} aria-labelledby="soi-hang-title" onClose={onClosed}>
      {view === "details" && (
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
          <ReasonList reasons={verdict.reasons} />
          {verdict.sample && <p class="sample">{t("panel_sample")}</p>}
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
      {view === "report" && (
        <ReportForm
          listing={listing}
          initialCategory={firstCategory}
          context={context}
          submit={submit}
          onBack={() => setView("details")}
          onClose={close}
        />
      )}
    </dialog>
  );
}
