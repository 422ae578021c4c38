import { PLATFORM_LABELS, PLATFORMS } from "@/utils/sites/listing";
import { SORT_KEYS, type SortKey, type SweepFilter } from "@/utils/sweep/query";
import { MarkSchema } from "@/utils/sweep/schema";
import { LEVELS } from "@/utils/sweep/summary";
import { useI18n } from "../i18n-context";

/** "1.200.000" or "1200000" or "1,2tr" typed: the digits, as a number; empty means no bound. */
function amount(text: string): number | undefined {
  const digits = text.replace(/\D/g, "");
  return digits === "" ? undefined : Number(digits);
}

/** One labelled text filter; numbers are typed as text ("1.000.000") and read by the caller. */
function FilterInput(props: {
  name: string;
  label: string;
  value: string | number | undefined;
  onValue: (value: string) => void;
  numeric?: boolean;
}) {
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        {...(props.numeric ? { inputMode: "numeric" as const } : {})}
        value={props.value ?? ""}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </label>
  );
}

export function SweepFilters(props: {
  filter: SweepFilter;
  onFilter: (filter: SweepFilter) => void;
  sort: SortKey;
  descending: boolean;
  onSort: (sort: SortKey, descending: boolean) => void;
  sellerLabel?: string;
}) {
  const { t } = useI18n();
  const { filter, onFilter } = props;
  const set = (patch: Partial<SweepFilter>) => onFilter({ ...filter, ...patch });
  const toggleLevel = (level: (typeof LEVELS)[number], on: boolean) =>
    set({ levels: on ? [...filter.levels, level] : filter.levels.filter((l) => l !== level) });
  const { sellerKey: _sellerKey, ...withoutSeller } = filter;
  return (
    <fieldset class="sweep-filters">
      <legend class="visually-hidden">{t("sweep_filters")}</legend>
      <label class="search">
        <span class="visually-hidden">{t("sweep_filter_text")}</span>
        <input
          type="search"
          name="text"
          placeholder={t("sweep_filter_text")}
          value={filter.text ?? ""}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      {/* One line until opened: the words searched for above, everything else in here. */}
      <details class="more-filters">
        <summary>{t("sweep_more_filters")}</summary>
        <fieldset class="levels">
          <legend class="muted">{t("sweep_filter_level")}</legend>
          {LEVELS.map((level) => (
            <label key={level} class="inline">
              <input
                type="checkbox"
                name="level"
                value={level}
                checked={filter.levels.includes(level)}
                onChange={(e) => toggleLevel(level, e.currentTarget.checked)}
              />
              {t(`sweep_level_${level}`)}
            </label>
          ))}
        </fieldset>
        <div class="filter-grid">
          <label>
            {t("sweep_filter_platform")}
            <select
              name="platform"
              value={filter.platform ?? ""}
              onChange={(e) => {
                const value = PLATFORMS.find((p) => p === e.currentTarget.value);
                const { platform: _platform, ...rest } = filter;
                onFilter(value ? { ...rest, platform: value } : rest);
              }}
            >
              <option value="">{t("sweep_all")}</option>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <FilterInput
            name="seller"
            label={t("sweep_filter_seller")}
            value={filter.seller}
            onValue={(seller) => set({ seller })}
          />
          <FilterInput
            name="brand"
            label={t("sweep_filter_brand")}
            value={filter.brand}
            onValue={(brand) => set({ brand })}
          />
          <FilterInput
            name="priceMin"
            numeric
            label={t("sweep_filter_price_min")}
            value={filter.priceMin}
            onValue={(v) => set({ priceMin: amount(v) })}
          />
          <FilterInput
            name="priceMax"
            numeric
            label={t("sweep_filter_price_max")}
            value={filter.priceMax}
            onValue={(v) => set({ priceMax: amount(v) })}
          />
          <label>
            {t("sweep_filter_mark")}
            <select
              name="mark"
              value={filter.mark ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                const { mark: _mark, ...rest } = filter;
                const mark = value === "unmarked" ? value : MarkSchema.safeParse(value).data;
                onFilter(mark ? { ...rest, mark } : rest);
              }}
            >
              <option value="">{t("sweep_all")}</option>
              <option value="unmarked">{t("sweep_mark_none")}</option>
              {MarkSchema.options.map((m) => (
                <option key={m} value={m}>
                  {t(`sweep_mark_${m}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="filter-actions">
          <label class="inline">
            {t("sweep_sort")}
            <select
              name="sort"
              value={props.sort}
              onChange={(e) => {
                const sort = SORT_KEYS.find((k) => k === e.currentTarget.value);
                if (sort) props.onSort(sort, props.descending);
              }}
            >
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`sweep_sort_${k}`)}
                </option>
              ))}
            </select>
          </label>

          <button
            type="button"
            data-action="sort-direction"
            aria-pressed={props.descending}
            onClick={() => props.onSort(props.sort, !props.descending)}
          >
            {t(props.descending ? "sweep_sort_descending" : "sweep_sort_ascending")}
          </button>
          {filter.sellerKey && (
            <button type="button" data-action="clear-seller" onClick={() => onFilter(withoutSeller)}>
              {t("sweep_clear_seller", props.sellerLabel ?? filter.sellerKey)}
            </button>
          )}
          <button type="button" data-action="clear-filters" onClick={() => onFilter({ levels: [] })}>
            {t("sweep_clear_filters")}
          </button>
        </p>
      </details>
    </fieldset>
  );
}
