import { useState } from "preact/hooks";
import { formatDateTime } from "@/utils/dates";
import { sendMessage } from "@/utils/send-message";
import { caseItemRecord } from "@/utils/sweep/case";
import { type CaseEntry, casesOf } from "@/utils/sweep/cases";
import { sweepCsv } from "@/utils/sweep/export";
import type { CaseReport } from "@/utils/sweep/schema";
import { downloadFile } from "../download";
import { useI18n } from "../i18n-context";
import { usePolling } from "../use-polling";

const POLL_MS = 2000;

function exportCase(report: CaseReport, kind: "csv" | "json") {
  const name = `soi-hang-ho-so-${report.createdAt.slice(0, 10)}-${report.id.slice(0, 8)}`;
  if (kind === "json")
    downloadFile(`${JSON.stringify(report, null, 2)}\n`, `${name}.json`, "application/json");
  else
    downloadFile(
      sweepCsv(report.items.map((item) => caseItemRecord(report, item))),
      `${name}.csv`,
      "text/csv;charset=utf-8",
    );
}

/** The cases sent from a sweep, with their delivery status as the outbox knows it. */
export function SweepCases({ sweepId }: { sweepId: string }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<CaseEntry[]>();
  usePolling(
    async (live) => {
      const next = await casesOf(sweepId);
      if (live()) setEntries(next);
    },
    POLL_MS,
    [sweepId],
  );
  if (!entries) return null;
  if (entries.length === 0) return <p class="muted">{t("sweep_no_cases")}</p>;
  return (
    <ul class="reports">
      {entries.map((entry) => {
        const report = entry.report;
        const status =
          entry.status === "sent" && entry.intakeStatus === "accepted" ? "accepted" : entry.status;
        return (
          <li key={entry.id} data-case={entry.id} data-status={entry.status}>
            <strong>{report.title}</strong>
            <span class="muted">
              {" · "}
              {formatDateTime(lang, Date.parse(report.createdAt))}
              {" · "}
              {t("sweep_case_items", report.items.length)}
            </span>
            <p data-field="status">
              {t(`status_${status}`)}
              {entry.lastError && <span class="error"> {entry.lastError}</span>}
            </p>
            <p>
              <button type="button" data-action="export-case-json" onClick={() => exportCase(report, "json")}>
                JSON
              </button>{" "}
              <button type="button" data-action="export-case-csv" onClick={() => exportCase(report, "csv")}>
                CSV
              </button>{" "}
              {entry.status === "queued" && (
                <button type="button" onClick={() => void sendMessage("retryReports", { ids: [entry.id] })}>
                  {t("reports_retry")}
                </button>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
