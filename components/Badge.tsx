import { useEffect, useRef, useState } from "preact/hooks";
import type { Verdict } from "@/utils/matching/verdict";
import type { Report } from "@/utils/reports/schema";
import type { Listing } from "@/utils/sites/listing";
import { useI18n } from "./i18n-context";
import { ReasonList } from "./ReasonList";
import { type ReportContext, ReportForm } from "./ReportForm";

export interface BadgeProps {
  listing: Listing;
  verdict: Verdict;
  context: ReportContext;
  submit: (report: Report) => Promise<{ intakeUrl: string }>;
}

const ICONS = { danger: "⚠", caution: "?", official: "✓" } as const;

/** The pill next to a listing and, on press, a modal dialog with the reasons and the way to report. */
export function Badge({ listing, verdict, context, submit }: BadgeProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<"details" | "report">("details");
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  if (verdict.level === "none") return null;
  const level = verdict.level;
  const firstCategory = verdict.reasons.find((r) => r.category)?.category ?? "counterfeit";

  return (
    <>
      <button
        type="button"
        class={`pill pill--${level}`}
        aria-haspopup="dialog"
        aria-label={t(`badge_label_${level}`)}
        title={t(`badge_label_${level}`)}
        onClick={() => {
          setView("details");
          setOpen(true);
        }}
      >
        <span aria-hidden="true">{ICONS[level]}</span>
        {t(`level_${level}`)}
      </button>
      <dialog ref={dialog} aria-labelledby="soi-hang-title" onClose={() => setOpen(false)}>
        {open && view === "details" && (
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
              <button type="button" class="secondary" data-action="close" onClick={() => setOpen(false)}>
                {t("panel_close")}
              </button>
              <button type="button" class="primary" data-action="report" onClick={() => setView("report")}>
                {t("panel_report")}
              </button>
            </div>
          </div>
        )}
        {open && view === "report" && (
          <ReportForm
            listing={listing}
            initialCategory={firstCategory}
            context={context}
            submit={submit}
            onBack={() => setView("details")}
            onClose={() => setOpen(false)}
          />
        )}
      </dialog>
    </>
  );
}
