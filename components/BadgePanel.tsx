import { useEffect, useRef, useState } from "preact/hooks";
import type { CaptureResult } from "@/utils/capture/capture-result";
import type { Guide } from "@/utils/feed/schema";
import type { Verdict } from "@/utils/matching/verdict";
import type { ReportEntryPoint } from "@/utils/reports/schema";
import type { Listing } from "@/utils/sites/listing";
import { GuideList } from "./GuideList";
import { useI18n } from "./i18n-context";
import { ReasonList } from "./ReasonList";
import { type ReportContext, ReportForm } from "./ReportForm";
import type { ReportApi } from "./report-api";

/**
 * What the dialog behind a badge shows, in its frame (an extension page): the reasons with their sources, the
 * guides to genuine goods, then the report form. Opened from the context menu it starts at the form (or, when no listing was under the
 * pointer, says so).
 */
export function BadgePanel(props: {
  listing: Listing | undefined;
  verdict: Verdict | undefined;
  /** Guides to genuine goods for the listing: shown under the reasons, whatever the level. */
  guides: readonly Guide[];
  /** The hotline offered after a warning: the remembered province's, else the national one. */
  hotline: { province?: string; number: string };
  context: ReportContext;
  entryPoint: ReportEntryPoint;
  /** Its `capture` asks the background, which hides the dialog around the capture. */
  api: ReportApi;
  initialCapture?: CaptureResult;
  onClose: () => void;
}) {
  const { listing, verdict, api } = props;
  const { t } = useI18n();
  const [view, setView] = useState<"details" | "report">(props.entryPoint === "badge" ? "details" : "report");
  const first = useRef<HTMLDivElement>(null);
  // Focus starts inside the panel: its first control, as a dialog's would.
  useEffect(
    () => first.current?.querySelector<HTMLElement>("button, input, select, textarea")?.focus(),
    [view],
  );

  const close = props.onClose;
  const level = verdict?.level ?? "none";
  const firstCategory = verdict?.reasons.find((r) => r.category)?.category ?? "counterfeit";

  return (
    <div ref={first} class="panel" role="document" aria-labelledby="soi-hang-title">
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
          {(level === "danger" || level === "caution") && (
            <div class="next-steps" data-field="next-steps">
              <p>{t(`panel_next_${level}`)}</p>
              <p>
                {props.hotline.province
                  ? t("panel_next_call", t("report_hotline", props.hotline.province, props.hotline.number))
                  : t("panel_next_call", t("report_national_hotline", props.hotline.number))}
              </p>
            </div>
          )}
          {verdict?.sample && <p class="sample">{t("panel_sample")}</p>}
          {props.guides.length > 0 && <GuideList guides={props.guides} />}
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
    </div>
  );
}
