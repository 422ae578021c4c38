import { useState } from "preact/hooks";
import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { QueueRow } from "../../../review/queue";
import { api, queryString } from "../api";
import { formatTime, useI18n } from "../i18n";
import { navigate, onLinkClick } from "../navigation";
import { NotLoaded, useLoad } from "../parts/ask";
import { CategoryOptions, PlatformOptions } from "../parts/choices";
import { Untrusted } from "../parts/text";

const STATES = ["open", "received", "in_review", "action_taken", "declined", "all"] as const;
const FIELDS = ["state", "kind", "platform", "category", "seller", "province", "from", "to", "q"] as const;
type Field = (typeof FIELDS)[number];

/** The queue: the office's reports and cases, newest first, a seller's reports on one row. */
export function Queue({ search }: { search: string }) {
  const { t, lang } = useI18n();
  const params = new URLSearchParams(search);
  const page = Number(params.get("page") ?? 0) || 0;
  const [draft, setDraft] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ""])) as Record<Field, string>,
  );
  const [state] = useLoad(() => api<{ rows: QueueRow[]; more: boolean }>(`/queue${search}`), search);
  const go = (values: Record<string, string | number | undefined>) =>
    navigate(`/workspace/${queryString(values)}`);
  const apply = (event: Event) => {
    event.preventDefault();
    go({ ...draft });
  };
  const field = (name: Field) => ({
    value: draft[name],
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <section>
      <h1>{t("queue_title")}</h1>
      <form class="filters" onSubmit={apply} aria-label={t("filter_apply")}>
        <label>
          {t("filter_state")}
          <select id="f-state" {...field("state")}>
            {STATES.map((s) => (
              <option value={s === "open" ? "" : s} key={s}>
                {t(`state_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("filter_kind")}
          <select id="f-kind" {...field("kind")}>
            <option value="">{t("kind_any")}</option>
            <option value="report">{t("kind_report")}</option>
            <option value="case">{t("kind_case")}</option>
          </select>
        </label>
        <label>
          {t("filter_platform")}
          <select id="f-platform" {...field("platform")}>
            <option value="">{t("any")}</option>
            <PlatformOptions />
          </select>
        </label>
        <label>
          {t("filter_category")}
          <select id="f-category" {...field("category")}>
            <option value="">{t("any")}</option>
            <CategoryOptions />
          </select>
        </label>
        <label>
          {t("filter_seller")}
          <input id="f-seller" {...field("seller")} />
        </label>
        <label>
          {t("filter_province")}
          <input id="f-province" {...field("province")} />
        </label>
        <label>
          {t("filter_from")}
          <input id="f-from" type="date" {...field("from")} />
        </label>
        <label>
          {t("filter_to")}
          <input id="f-to" type="date" {...field("to")} />
        </label>
        <label class="wide">
          {t("filter_q")}
          <input id="f-q" type="search" {...field("q")} />
        </label>
        <div class="actions">
          <button type="submit" class="primary" data-action="filter">
            {t("filter_apply")}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setDraft(Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<Field, string>);
              go({});
            }}
          >
            {t("filter_clear")}
          </button>
        </div>
      </form>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : state.value.rows.length === 0 ? (
        <p class="muted" data-field="queue-empty">
          {t("queue_empty")}
        </p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">{t("queue_what")}</th>
              <th scope="col">{t("filter_platform")}</th>
              <th scope="col">{t("queue_reports")}</th>
              <th scope="col">{t("queue_last")}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.rows.map((row) => (
              <tr key={row.groupKey} data-group={row.groupKey} data-count={row.count}>
                <td>
                  <a
                    href={`/workspace/r/${row.latestId}`}
                    onClick={(e) => onLinkClick(e, `/workspace/r/${row.latestId}`)}
                    data-field="title"
                  >
                    <Untrusted>{row.title}</Untrusted>
                  </a>
                  <div class="muted">
                    {row.kind === "case" ? (
                      t("kind_case")
                    ) : row.sellerId ? (
                      <>
                        {t("queue_seller", "")}
                        <Untrusted>{row.sellerName ?? ""}</Untrusted> <code>{row.sellerId}</code>
                      </>
                    ) : null}
                  </div>
                </td>
                <td>
                  {row.platform
                    ? (PLATFORM_LABELS[row.platform as keyof typeof PLATFORM_LABELS] ?? row.platform)
                    : "—"}
                </td>
                <td>
                  <strong data-field="count">{t("queue_count", row.count)}</strong>
                  {row.open > 0 && <div class="muted">{t("queue_open", row.open)}</div>}
                </td>
                <td>{formatTime(lang, row.lastReceivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.kind === "ok" && (page > 0 || state.value.more) && (
        <nav class="pages">
          {page > 0 && (
            <button type="button" class="secondary" onClick={() => go({ ...draft, page: page - 1 })}>
              {t("queue_prev")}
            </button>
          )}
          {state.value.more && (
            <button type="button" class="secondary" onClick={() => go({ ...draft, page: page + 1 })}>
              {t("queue_next")}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
