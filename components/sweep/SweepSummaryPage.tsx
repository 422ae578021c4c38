import { useEffect, useState } from "preact/hooks";
import { formatDateTime } from "@/utils/dates";
import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { Sweep } from "@/utils/sweep/schema";
import { getSweep, sweepItems } from "@/utils/sweep/store";
import { LEVELS, type SweepSummary, summarise } from "@/utils/sweep/summary";
import { useI18n } from "../i18n-context";
import { LevelChart } from "./LevelChart";

/** A sweep on one printable page: who ran it, counts per platform and level, the top sellers, a chart. */
export function SweepSummaryPage({ sweepId }: { sweepId: string }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<{ sweep: Sweep; summary: SweepSummary } | null>();
  useEffect(() => {
    void Promise.all([getSweep(sweepId), sweepItems(sweepId)]).then(([sweep, items]) =>
      setData(sweep ? { sweep, summary: summarise(items) } : null),
    );
  }, [sweepId]);
  if (data === undefined) return null;
  if (data === null)
    return (
      <main class="summary-page">
        <p class="error">{t("summary_not_found")}</p>
      </main>
    );
  const { sweep, summary } = data;
  return (
    <main class="summary-page" data-total={summary.total}>
      <h1>{t("summary_title", sweep.name)}</h1>
      <p>
        {t("summary_by", sweep.inspectorId, sweep.unit)}
        <br />
        {t("summary_period", formatDateTime(lang, sweep.createdAt), formatDateTime(lang, sweep.updatedAt))}
        <br />
        <span data-field="printed-at">{t("summary_printed_at", formatDateTime(lang, Date.now()))}</span>
        {sweep.purpose && (
          <>
            <br />
            {sweep.purpose}
          </>
        )}
      </p>
      <p data-field="totals">
        {t(
          "summary_totals",
          summary.total,
          summary.byLevel.danger + summary.byLevel.caution,
          summary.marked,
          summary.withEvidence,
        )}
      </p>
      <h2>{t("summary_by_platform")}</h2>
      <table class="summary-table" data-table="platforms">
        <thead>
          <tr>
            <th scope="col">{t("sweep_filter_platform")}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(`sweep_level_${level}`)}
              </th>
            ))}
            <th scope="col">{t("summary_total")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.byPlatform.map((row) => (
            <tr key={row.platform} data-platform={row.platform}>
              <th scope="row">{PLATFORM_LABELS[row.platform]}</th>
              {LEVELS.map((level) => (
                <td key={level} data-level={level}>
                  {row.byLevel[level]}
                </td>
              ))}
              <td data-field="total">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LevelChart summary={summary} />
      <h2>{t("summary_top_sellers")}</h2>
      {summary.topSellers.length === 0 ? (
        <p class="muted">{t("summary_no_flagged_sellers")}</p>
      ) : (
        <table class="summary-table" data-table="sellers">
          <thead>
            <tr>
              <th scope="col">{t("sweep_filter_seller")}</th>
              <th scope="col">{t("sweep_filter_platform")}</th>
              <th scope="col">{t("summary_flagged")}</th>
              <th scope="col">{t("summary_total")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.topSellers.map((g) => (
              <tr key={g.sellerKey} data-seller={g.sellerKey}>
                <th scope="row">
                  {g.label || t("sweep_seller_unknown")}
                  {g.sellerId && g.sellerId !== g.label && <span class="muted"> ({g.sellerId})</span>}
                </th>
                <td>{PLATFORM_LABELS[g.platform]}</td>
                <td data-field="flagged">{g.flagged}</td>
                <td>{g.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table class="signatures" data-field="signatures">
        <tbody>
          <tr>
            <td>
              <strong>{t("summary_sign_inspector")}</strong>
              <div class="muted">{t("summary_sign_hint")}</div>
              <div class="sign-space" />
              <div>{sweep.inspectorId}</div>
            </td>
            <td>
              <strong>{t("summary_sign_head")}</strong>
              <div class="muted">{t("summary_sign_hint")}</div>
              <div class="sign-space" />
              <div>{sweep.unit}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t("summary_print")}
        </button>
      </p>
    </main>
  );
}
