import { formatDateTime } from "@/utils/dates";
import type { FeedStatus } from "@/utils/feed-store/feed-status";
import { pickText } from "@/utils/localized";
import { useI18n } from "./i18n-context";

/** One followed list: which copy is in force, how fresh it is, and why the latest update was refused. */
export function FeedStatusView({ feed }: { feed: FeedStatus }) {
  const { t, lang } = useI18n();
  return (
    <div data-field="feed" data-feed={feed.id}>
      {feed.publisher ? (
        <p>
          <strong data-field="publisher">{pickText(feed.publisher, lang)}</strong>
          {feed.serial !== undefined && <span class="muted"> · {t("popup_serial", feed.serial)}</span>}
          {feed.sample && <span class="muted"> · {t("popup_sample_feed")}</span>}
          {!feed.enabled && <span class="muted"> · {t("feed_disabled")}</span>}
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
