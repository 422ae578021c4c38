import { formatDateTime } from "@/utils/dates";
import type { FeedStatus } from "@/utils/feed-store/feed-status";
import { pickText } from "@/utils/localized";
import { useI18n } from "./i18n-context";

/**
 * One followed list: which copy is in force, how fresh it is, and why the latest update was refused. Under a
 * `title` (the settings name each list), the publisher is left out when it says the same.
 */
export function FeedStatusView({ feed, title }: { feed: FeedStatus; title?: string }) {
  const { t, lang } = useI18n();
  const publisher = feed.publisher && pickText(feed.publisher, lang);
  const facts = [
    ...(feed.serial !== undefined ? [t("popup_serial", feed.serial)] : []),
    ...(feed.sample ? [t("popup_sample_feed")] : []),
    ...(feed.enabled ? [] : [t("feed_disabled")]),
  ];
  return (
    <div data-field="feed" data-feed={feed.id}>
      {publisher ? (
        <p>
          {publisher !== title && <strong data-field="publisher">{publisher}</strong>}
          <span class="muted">
            {publisher !== title && " · "}
            {facts.join(" · ")}
          </span>
        </p>
      ) : (
        <p class="muted">
          {feed.name} · {t("popup_no_feed")}
        </p>
      )}
      {feed.syncedAt !== undefined && (
        <p class="muted" data-field="synced">
          {t("popup_synced", formatDateTime(lang, feed.syncedAt))}
        </p>
      )}
      {feed.held === "expired" && feed.expires && (
        <p class="warn" data-field="feed-held" data-held="expired">
          {t("popup_expired", feed.expires.slice(0, 10))}
        </p>
      )}
      {feed.held === "key_removed" && (
        <p class="warn" data-field="feed-held" data-held="key_removed">
          {t("feed_key_removed")}
        </p>
      )}
      {feed.lastError && (
        <p class="warn" role="status" data-field="feed-error" data-error={feed.lastError.error}>
          {t("feed_error", t(`feed_error_${feed.lastError.error}`))}
          {feed.retryAt !== undefined && <> {t("feed_retry_at", formatDateTime(lang, feed.retryAt))}</>}
        </p>
      )}
    </div>
  );
}

export function FeedList({ feeds }: { feeds: readonly FeedStatus[] }) {
  const { t } = useI18n();
  if (feeds.length === 0) return <p class="muted">{t("popup_no_feed")}</p>;
  return (
    <div>
      {feeds.map((feed) => (
        <FeedStatusView key={feed.id} feed={feed} />
      ))}
    </div>
  );
}
