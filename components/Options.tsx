import { useEffect, useState } from "preact/hooks";
import type { MessageKey } from "@/utils/i18n";
import { LANGUAGES, type Language, LanguageSchema } from "@/utils/localized";
import type { FeedStatus } from "@/utils/messages";
import { sendMessage } from "@/utils/send-message";
import { type Settings, SettingsSchema, saveSettings } from "@/utils/settings";
import { FeedStatusView } from "./FeedStatusView";
import { useI18n } from "./i18n-context";

/** The form starts from the stored settings; later changes to them come from this form itself. */
export function Options({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [feedUrl, setFeedUrl] = useState(settings.feedUrl);
  const [intakeUrl, setIntakeUrl] = useState(settings.intakeUrl);
  const [language, setLanguage] = useState<Language>(settings.language);
  const [staffMode, setStaffMode] = useState(settings.staffMode);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; key: MessageKey }>();
  const [feed, setFeed] = useState<FeedStatus>();
  const [syncing, setSyncing] = useState(false);

  useEffect(() => {
    void sendMessage("getStatus", {}).then((s) => setFeed(s.feed));
  }, []);

  const onSave = async (event: Event) => {
    event.preventDefault();
    const candidate = { feedUrl: feedUrl.trim(), intakeUrl: intakeUrl.trim(), language, staffMode };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setMessage({ kind: "error", key: "options_invalid_url" });
      return;
    }
    await saveSettings(parsed.data);
    // Shown in the language just saved: the page re-renders with it.
    setMessage({ kind: "ok", key: "options_saved" });
  };

  const onUpdateNow = async () => {
    setSyncing(true);
    try {
      setFeed((await sendMessage("syncFeed", {})).feed);
    } finally {
      setSyncing(false);
    }
  };

  return (
    <main style={{ maxWidth: "640px", margin: "24px auto", padding: "0 16px" }}>
      <h1>{t("options_title")}</h1>
      <form onSubmit={onSave} noValidate>
        <label for="feed-url">{t("options_feed_url")}</label>
        <input
          id="feed-url"
          name="feedUrl"
          type="url"
          placeholder="https://…"
          value={feedUrl}
          aria-describedby="feed-url-hint"
          onInput={(e) => setFeedUrl(e.currentTarget.value)}
        />
        <p id="feed-url-hint" class="muted">
          {t("options_feed_url_hint")}
        </p>
        <FeedStatusView feed={feed} />
        <button
          type="button"
          class="secondary"
          data-action="update-now"
          disabled={syncing}
          onClick={onUpdateNow}
        >
          {t("options_update_now")}
        </button>

        <label for="intake-url">{t("options_intake_url")}</label>
        <input
          id="intake-url"
          name="intakeUrl"
          type="url"
          value={intakeUrl}
          onInput={(e) => setIntakeUrl(e.currentTarget.value)}
        />

        <label for="language">{t("options_language")}</label>
        <select
          id="language"
          name="language"
          value={language}
          onChange={(e) => setLanguage(LanguageSchema.parse(e.currentTarget.value))}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang_${l}`)}
            </option>
          ))}
        </select>

        <label class="inline">
          <input
            type="checkbox"
            name="staffMode"
            checked={staffMode}
            onChange={(e) => setStaffMode(e.currentTarget.checked)}
          />
          {t("options_staff_mode")}
        </label>

        <p>
          <button type="submit" data-action="save">
            {t("options_save")}
          </button>
        </p>
        {message && (
          <p role="status" class={message.kind === "ok" ? "ok" : "error"} data-field="save-status">
            {t(message.key)}
          </p>
        )}
      </form>
      <p class="muted">{t("options_privacy")}</p>
    </main>
  );
}
