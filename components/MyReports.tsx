import { useCallback, useEffect, useState } from "preact/hooks";
import { formatDateTime } from "@/utils/dates";
import type { MessageKey } from "@/utils/i18n";
import { pickText } from "@/utils/localized";
import { allReportEntries } from "@/utils/reports/report-entries";
import type { ReportSummary } from "@/utils/reports/summary";
import { sendMessage } from "@/utils/send-message";
import { downloadFile } from "./download";
import { useI18n } from "./i18n-context";
import { recipientName } from "./recipient";

const POLL_MS = 2000;
/** Rows drawn at first: a backlog of a thousand stays cheap to redraw on every poll. */
const PAGE = 100;

/** The office's own word once it gave one, else where the report is on its way. */
function statusKey(report: ReportSummary): MessageKey {
  if (report.status === "sent" && report.remote) return `remote_${report.remote.state}`;
  if (report.status === "sent" && report.intakeStatus === "accepted") return "status_accepted";
  return `status_${report.status}`;
}

/** Everything in the outbox, as a JSON file: reports with their evidence and delivery state. */
async function exportJson(): Promise<void> {
  const entries = await allReportEntries();
  downloadFile(
    `${JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2)}\n`,
    `soi-hang-bao-cao-${new Date().toISOString().slice(0, 10)}.json`,
    "application/json",
  );
}

function ReportRow({ report, onChanged }: { report: ReportSummary; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const waiting = report.status === "queued" || report.status === "sending";
  const retry = async () => {
    await sendMessage("retryReports", { ids: [report.id] });
    onChanged();
  };
  const remove = async () => {
    if (!window.confirm(t("reports_delete_confirm"))) return;
    await sendMessage("deleteReport", { id: report.id });
    onChanged();
  };
  return (
    <li
      class="report"
      data-report={report.id}
      data-status={report.status}
      data-remote-state={report.remote?.state}
    >
      <p class="report-head">
        <strong class={`report-status report-status--${report.status}`} data-field="status">
          {t(statusKey(report))}
        </strong>
        {" · "}
        <span class="muted">{formatDateTime(lang, Date.parse(report.createdAt))}</span>
        {" · "}
        <span>{t(`category_${report.category}`)}</span>
        {report.receipt && (
          <>
            {" · "}
            <span data-field="receipt">{t("reports_receipt", report.receipt)}</span>
          </>
        )}
      </p>
      {report.remote && (
        <p class="muted" data-field="remote">
          {t("reports_remote_since", formatDateTime(lang, Date.parse(report.remote.changedAt)))}
          {report.remote.note && (
            <>
              {" · "}
              <span data-field="remote-note">
                {t("reports_remote_note", pickText(report.remote.note, lang))}
              </span>
            </>
          )}
        </p>
      )}
      <p class="listing-title" data-field="title">
        {report.title}
      </p>
      <p class="muted">
        <span data-field="recipient">
          {t("report_sent_to", recipientName(report.province ? { province: report.province } : {}, t, lang))}
        </span>
        {report.screenshotBytes
          ? ` · ${t("reports_screenshot", Math.round(report.screenshotBytes / 1024))}`
          : ""}
      </p>
      <details class="tech">
        <summary>{t("report_technical")}</summary>
        <p class="muted" data-field="destination">
          {t("report_destination", report.intakeUrl)}
        </p>
      </details>
      {report.hotline && <p class="muted">{t("report_hotline", report.province ?? "", report.hotline)}</p>}
      {report.status === "sent" && report.sentAt && (
        <p class="muted">{t("reports_sent_at", formatDateTime(lang, report.sentAt))}</p>
      )}
      {report.status === "rejected" && report.lastError && (
        <p class="warn" data-field="reason">
          {t("reports_reason", report.lastError)}
        </p>
      )}
      {waiting && report.attempts > 0 && (
        <p class="muted" data-field="attempts">
          {t("reports_attempts", report.attempts)} ·{" "}
          {t("reports_next", formatDateTime(lang, report.nextAttemptAt))}
          {report.lastError ? ` · ${t("reports_last_error", report.lastError)}` : ""}
        </p>
      )}
      <p class="row-actions">
        <a href={report.listingUrl} target="_blank" rel="noreferrer noopener">
          {t("reports_open")}
        </a>
        {report.status === "queued" && (
          <button type="button" class="secondary" data-action="retry" onClick={() => void retry()}>
            {t("reports_retry")}
          </button>
        )}
        {(report.status === "queued" || report.status === "rejected") && (
          <button type="button" class="secondary" data-action="delete" onClick={() => void remove()}>
            {t("reports_delete")}
          </button>
        )}
      </p>
    </li>
  );
}

/** "My reports": every report with its delivery status; retry and delete waiting ones; export as JSON. */
export function MyReports() {
  const { t } = useI18n();
  const [reports, setReports] = useState<ReportSummary[]>();
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState(PAGE);

  const refresh = useCallback(async () => {
    try {
      setReports((await sendMessage("listReports", {})).reports);
      setError(undefined);
    } catch (e) {
      setError(String(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // Opening the page is when a person wants to know: ask the intakes what became of each report, then redraw.
    void sendMessage("refreshReportStatuses", {})
      .then(refresh)
      .catch(() => undefined);
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const count = (status: ReportSummary["status"][]) =>
    reports?.filter((r) => status.includes(r.status)).length ?? 0;
  const waiting = reports?.filter((r) => r.status === "queued").map((r) => r.id) ?? [];

  return (
    <main class="reports-page">
      <h1>{t("reports_title")}</h1>
      {error && <p class="warn">{error}</p>}
      {reports && (
        <p data-field="report-counts">
          {t(
            "reports_count",
            reports.length,
            count(["queued", "sending"]),
            count(["sent"]),
            count(["rejected"]),
          )}
        </p>
      )}
      <p class="row-actions">
        {waiting.length > 0 && (
          <button
            type="button"
            class="secondary"
            data-action="retry-all"
            onClick={() => void sendMessage("retryReports", { ids: waiting }).then(refresh)}
          >
            {t("reports_retry_all")}
          </button>
        )}
        <button type="button" class="secondary" data-action="export" onClick={() => void exportJson()}>
          {t("reports_export")}
        </button>
      </p>
      {reports?.length === 0 && <p class="muted">{t("reports_empty")}</p>}
      <ul class="reports">
        {reports?.slice(0, shown).map((r) => (
          <ReportRow key={r.id} report={r} onChanged={() => void refresh()} />
        ))}
      </ul>
      {reports && reports.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
          {t("reports_more", Math.min(PAGE, reports.length - shown))}
        </button>
      )}
    </main>
  );
}
