import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { exportFileName, sweepCsv, sweepJson } from "@/utils/sweep/export";
import {
  filterRows,
  groupBySeller,
  type SortKey,
  type SweepFilter,
  sellerNames,
  sortRows,
} from "@/utils/sweep/query";
import type { Sweep } from "@/utils/sweep/schema";
import { sweepItems } from "@/utils/sweep/store";
import { sweepXlsx } from "@/utils/sweep/xlsx";
import { downloadFile } from "../download";
import { useI18n } from "../i18n-context";
import { SelectionActions } from "./SelectionActions";
import { SellerGroups } from "./SellerGroups";
import { SweepCases } from "./SweepCases";
import { SweepFilters } from "./SweepFilters";
import { SweepTable } from "./SweepTable";
import { useSweepRows } from "./use-sweep-items";

type Tab = "table" | "sellers" | "cases";

/** One sweep: its listings filtered, sorted or grouped by seller; the selection's actions; exports; cases. */
export function SweepView({ sweep }: { sweep: Sweep }) {
  const { t } = useI18n();
  const { rows, loaded } = useSweepRows(sweep.id);
  const [filter, setFilterState] = useState<SweepFilter>({ levels: [] });
  const [sort, setSortState] = useState<{ key: SortKey; descending: boolean }>({
    key: "flagged",
    descending: true,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [tab, setTab] = useState<Tab>("table");
  // When the inspector last changed the query: the time to an updated table is measured from it (npm run bench).
  const askedAt = useRef<number | undefined>(undefined);
  const setFilter = (next: SweepFilter) => {
    askedAt.current = performance.now();
    setFilterState(next);
  };
  const setSort = (key: SortKey, descending: boolean) => {
    askedAt.current = performance.now();
    setSortState({ key, descending });
  };

  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort.key, sort.descending),
    [rows, filter, sort],
  );
  const names = useMemo(() => sellerNames(rows), [rows]);
  const groups = useMemo(() => (tab === "sellers" ? groupBySeller(shown) : []), [shown, tab]);
  useLayoutEffect(() => {
    if (askedAt.current === undefined) return;
    performance.measure("sweep-query", { start: askedAt.current, end: performance.now() });
    askedAt.current = undefined;
  }, [shown]);

  const select = (keys: readonly string[], on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      for (const key of keys) on ? next.add(key) : next.delete(key);
      return next;
    });
  // An export is a record: it is read from the store when asked for, not from the table's last poll, so that a
  // piece of evidence saved a moment ago is in it.
  const allItems = () => sweepItems(sweep.id);
  // From the rows, not the groups: the groups are only computed on the sellers tab.
  const sellerListing = filter.sellerKey
    ? rows.find((r) => r.sellerKey === filter.sellerKey)?.item.listing
    : undefined;
  const sellerLabel = sellerListing?.sellerName ?? sellerListing?.sellerId;

  return (
    <section class="sweep-view" data-sweep={sweep.id} data-loaded={loaded}>
      <p class="exports">
        <button
          type="button"
          data-action="export-xlsx"
          onClick={async () =>
            downloadFile(
              await sweepXlsx(sweep, await allItems(), new Date()),
              exportFileName(sweep, "xlsx"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
          }
        >
          {t("sweep_export_xlsx")}
        </button>{" "}
        <button
          type="button"
          data-action="export-csv"
          onClick={async () =>
            downloadFile(sweepCsv(await allItems()), exportFileName(sweep, "csv"), "text/csv;charset=utf-8")
          }
        >
          {t("sweep_export_csv")}
        </button>{" "}
        <button
          type="button"
          data-action="export-json"
          onClick={async () =>
            downloadFile(
              sweepJson(sweep, await allItems(), new Date()),
              exportFileName(sweep, "json"),
              "application/json",
            )
          }
        >
          {t("sweep_export_json")}
        </button>{" "}
        <a
          href={`/sweep-summary.html?sweep=${sweep.id}`}
          target="_blank"
          rel="noopener"
          data-action="summary"
        >
          {t("sweep_summary_link")}
        </a>
      </p>
      <div class="tabs" role="tablist">
        {(["table", "sellers", "cases"] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            data-tab={name}
            aria-selected={tab === name}
            onClick={() => setTab(name)}
          >
            {t(`sweep_tab_${name}`)}
          </button>
        ))}
      </div>
      {tab !== "cases" && (
        <>
          <SweepFilters
            filter={filter}
            onFilter={setFilter}
            sort={sort.key}
            descending={sort.descending}
            onSort={setSort}
            {...(sellerLabel ? { sellerLabel } : {})}
          />
          {/* The table's head: stays at the top of the panel while the list scrolls under it. */}
          <div class="table-head">
            <p class="muted">
              <span data-field="shown" data-count={shown.length} data-total={rows.length}>
                {t("sweep_shown", shown.length, rows.length)}
              </span>{" "}
              <button
                type="button"
                data-action="select-shown"
                onClick={() =>
                  select(
                    shown.map((r) => r.item.key),
                    true,
                  )
                }
              >
                {t("sweep_select_shown")}
              </button>
            </p>
            {selected.size > 0 && (
              <SelectionActions
                sweepId={sweep.id}
                keys={[...selected]}
                onClear={() => setSelected(new Set())}
              />
            )}
          </div>
        </>
      )}
      {tab === "table" && (
        <SweepTable
          rows={shown}
          names={names}
          selected={selected}
          onSelect={(key, on) => select([key], on)}
        />
      )}
      {tab === "sellers" && (
        <SellerGroups
          groups={groups}
          onShow={(group) => {
            setFilter({ ...filter, sellerKey: group.sellerKey });
            setTab("table");
          }}
          onSelectAll={(group) => select(group.keys, true)}
        />
      )}
      {tab === "cases" && <SweepCases sweepId={sweep.id} />}
    </section>
  );
}
