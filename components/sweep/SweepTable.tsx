import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { SweepRow } from "@/utils/sweep/query";
import { useI18n } from "../i18n-context";
import { VirtualList } from "./VirtualList";

const ROW_HEIGHT = 54;

function price(row: SweepRow, lang: string): string {
  const { price: low, priceMax, currency } = row.item.listing;
  if (low === undefined) return "";
  const format = (n: number) =>
    currency
      ? new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { style: "currency", currency }).format(n)
      : String(n);
  return priceMax !== undefined && priceMax > low ? `${format(low)} – ${format(priceMax)}` : format(low);
}

/** The recorded listings, one line each; page text is rendered as text, never as markup. */
export function SweepTable(props: {
  rows: readonly SweepRow[];
  /** Sellers' names as any page of the sweep showed them (see sellerNames). */
  names: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <VirtualList
      items={props.rows}
      rowHeight={ROW_HEIGHT}
      height="calc(100vh - 120px)"
      label={t("sweep_table")}
      rowKey={(row) => row.item.key}
      render={(row) => {
        const { item } = row;
        const { listing } = item;
        return (
          <div class={`sweep-row level-${item.level}`} data-key={item.key}>
            <input
              type="checkbox"
              aria-label={t("sweep_select_listing", listing.title)}
              checked={props.selected.has(item.key)}
              onChange={(e) => props.onSelect(item.key, e.currentTarget.checked)}
            />
            <span class="pill" data-field="level">
              {t(`sweep_level_${item.level}`)}
            </span>
            <div class="sweep-cell">
              <a
                class="title"
                href={listing.url}
                target="_blank"
                rel="noopener noreferrer"
                title={listing.title}
              >
                {listing.title}
              </a>
              <span class="muted meta">
                <span data-field="platform">{PLATFORM_LABELS[listing.platform]}</span>
                {" · "}
                <span data-field="price">{price(row, lang)}</span>
                {" · "}
                <span data-field="seller" title={listing.sellerId}>
                  {props.names.get(row.sellerKey) ?? listing.sellerId ?? t("sweep_seller_unknown")}
                </span>
                {item.mark && (
                  <>
                    {" · "}
                    <strong data-field="mark">{t(`sweep_mark_${item.mark}`)}</strong>
                  </>
                )}
                {item.evidence && (
                  <>
                    {" · "}
                    <span data-field="evidence" title={item.evidence.screenshot.sha256}>
                      {t("sweep_has_evidence")}
                    </span>
                  </>
                )}
              </span>
            </div>
          </div>
        );
      }}
    />
  );
}
