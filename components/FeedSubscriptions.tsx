import { useEffect, useState } from "preact/hooks";
import { type Subscription, SubscriptionSchema } from "@/utils/feed/subscriptions";
import type { FeedStatus } from "@/utils/feed-store/feed-status";
import type { MessageKey } from "@/utils/i18n";
import { sendMessage } from "@/utils/send-message";
import { type Settings, saveSettings } from "@/utils/settings";
import { FeedStatusView } from "./FeedStatusView";
import { useI18n } from "./i18n-context";
import { TextField } from "./TextField";

/** A short id for a new subscription, from its name, unique among the others. */
function newId(name: string, taken: readonly Subscription[]): string {
  const base =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/gi, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) || "feed";
  let id = base;
  for (let n = 2; taken.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** The lists followed: status of each, on/off, remove, add one with its pinned key, and "update now". */
export function FeedSubscriptions({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [statuses, setStatuses] = useState<FeedStatus[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [keyId, setKeyId] = useState("");
  const [publicKey, setPublicKey] = useState("");
  const [reportsTo, setReportsTo] = useState(false);
  const [problem, setProblem] = useState<MessageKey>();
  const subs = settings.subscriptions;

  const refreshStatus = () => sendMessage("getStatus", {}).then((s) => setStatuses(s.feeds));
  // Settings changes (add, remove, on/off) start a sync in the background; follow it for a short while.
  useEffect(() => {
    void refreshStatus();
    const timer = setInterval(refreshStatus, 1000);
    return () => clearInterval(timer);
  }, []);

  const save = (next: Subscription[]) => saveSettings({ subscriptions: next });

  const onAdd = async (event: Event) => {
    event.preventDefault();
    const candidate = {
      id: newId(name.trim() || url.trim(), subs),
      url: url.trim(),
      name: name.trim(),
      keys: [{ id: keyId.trim(), publicKey: publicKey.trim() }],
      enabled: true,
      reportsTo,
    };
    const parsed = SubscriptionSchema.safeParse(candidate);
    if (!parsed.success || parsed.data.url === "") return setProblem("options_feed_invalid");
    if (subs.some((s) => s.url === parsed.data.url)) return setProblem("options_feed_exists");
    setProblem(undefined);
    await save([...subs, parsed.data]);
    setUrl("");
    setName("");
    setKeyId("");
    setPublicKey("");
    setReportsTo(false);
  };

  const onUpdateNow = async () => {
    setSyncing(true);
    try {
      setStatuses((await sendMessage("syncFeed", {})).feeds);
    } finally {
      setSyncing(false);
    }
  };

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t("options_feeds")}</h2>
      <p class="muted">{t("options_feeds_hint")}</p>
      <ul class="subscriptions">
        {subs.map((sub) => {
          const status = statuses.find((s) => s.id === sub.id);
          // The bundled list is named in the page's language (its stored name is Vietnamese).
          const title = sub.url ? sub.name : t("feed_bundled_name");
          return (
            <li key={sub.id} data-subscription={sub.id}>
              <strong data-field="subscription-name">{title}</strong>
              <div class="muted">{sub.url || t("feed_bundled")}</div>
              {status && <FeedStatusView feed={status} title={title} />}
              <label class="inline">
                <input
                  type="checkbox"
                  checked={sub.enabled}
                  data-action="toggle"
                  onChange={(e) => {
                    const enabled = e.currentTarget.checked;
                    void save(subs.map((s) => (s.id === sub.id ? { ...s, enabled } : s)));
                  }}
                />
                {t("options_feed_enabled")}
              </label>
              {sub.url !== "" && (
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={sub.reportsTo}
                    data-action="reports-to"
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      void save(subs.map((s) => (s.id === sub.id ? { ...s, reportsTo: on } : s)));
                    }}
                  />
                  {t("options_feed_reports_to")}
                </label>
              )}
              {sub.url !== "" && (
                <button
                  type="button"
                  class="secondary"
                  data-action="remove"
                  onClick={() => void save(subs.filter((s) => s.id !== sub.id))}
                >
                  {t("options_feed_remove")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="secondary"
        data-action="update-now"
        disabled={syncing}
        onClick={onUpdateNow}
      >
        {t("options_update_now")}
      </button>

      <form onSubmit={onAdd} noValidate>
        <fieldset>
          <legend>{t("options_feed_add")}</legend>
          <TextField id="feed-url" label={t("options_feed_url")} type="url" value={url} onValue={setUrl} />
          <TextField
            id="feed-name"
            label={t("options_feed_name")}
            maxLength={100}
            value={name}
            onValue={setName}
          />
          <TextField
            id="feed-key-id"
            label={t("options_feed_key_id")}
            maxLength={100}
            value={keyId}
            onValue={setKeyId}
          />
          <TextField
            id="feed-public-key"
            label={t("options_feed_public_key")}
            value={publicKey}
            onValue={setPublicKey}
          />
          <label class="inline">
            <input
              type="checkbox"
              id="feed-reports-to"
              name="reportsTo"
              checked={reportsTo}
              onChange={(e) => setReportsTo(e.currentTarget.checked)}
            />
            {t("options_feed_reports_to")}
          </label>
          <p class="muted">{t("options_feed_reports_to_hint")}</p>
          {problem && (
            <p class="error" role="alert" data-field="feed-problem">
              {t(problem)}
            </p>
          )}
          <p>
            <button type="submit" data-action="add-feed">
              {t("options_feed_add")}
            </button>
          </p>
        </fieldset>
      </form>
    </section>
  );
}
