import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { SellerGroup } from "@/utils/sweep/query";
import { useI18n } from "../i18n-context";
import { VirtualList } from "./VirtualList";

/** Sellers with most flagged listings first; each opens its listings in the table or adds them to the selection. */
export function SellerGroups(props: {
  groups: readonly SellerGroup[];
  onShow: (group: SellerGroup) => void;
  onSelectAll: (group: SellerGroup) => void;
}) {
  const { t } = useI18n();
  return (
    <VirtualList
      items={props.groups}
      rowHeight={48}
      height="calc(100vh - 120px)"
      label={t("sweep_sellers")}
      rowKey={(g) => g.sellerKey}
      render={(group) => (
        <div class="seller-row" data-seller={group.sellerKey}>
          <div class="sweep-cell">
            <strong class="title">
              {group.sellerUrl ? (
                <a href={group.sellerUrl} target="_blank" rel="noopener noreferrer" data-field="seller-link">
                  {group.label || t("sweep_seller_unknown")}
                </a>
              ) : (
                group.label || t("sweep_seller_unknown")
              )}
            </strong>
            <span class="muted meta">
              {group.sellerId && group.sellerId !== group.label && (
                <>
                  <span data-field="seller-id">{t("sweep_seller_id", group.sellerId)}</span>
                  {" · "}
                </>
              )}
              {PLATFORM_LABELS[group.platform]}
              {" · "}
              <span data-field="count">{t("sweep_seller_count", group.count)}</span>
              {" · "}
              <span data-field="flagged">{t("sweep_seller_flagged", group.flagged)}</span>
            </span>
          </div>
          <button type="button" data-action="show-seller" onClick={() => props.onShow(group)}>
            {t("sweep_show")}
          </button>
          <button type="button" data-action="select-seller" onClick={() => props.onSelectAll(group)}>
            {t("sweep_select_these")}
          </button>
        </div>
      )}
    />
  );
}
