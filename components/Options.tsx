import { useEffect, useState } from "preact/hooks";
import { t } from "@/utils/i18n";
import { LANGUAGES, type Language, LanguageSchema } from "@/utils/localized";
import { type FeedStatus, sendMessage } from "@/utils/messages";
import { SettingsSchema, saveSettings } from "@/utils/settings";
import { FeedStatusView } from "./FeedStatusView";
import { useSettings } from "./use-settings";

export function Options() {
  const settings = useSettings();
  const [feedUrl, setFeedUrl] = useState("");
  const [intakeUrl, setIntakeUrl] = useState("");
  const [language, setLanguage] = useState<Language>("vi");
  const [staffMode, setStaffMode] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const [feed, setFeed] = useState<FeedStatus>();
  const [syncing, setSyncing] = useState(false);

  const loaded = settings !== undefined;
  useEffect(() => {
    if (!settings) return;
    setFeedUrl(settings.feedUrl);
    setIntakeUrl(settings.intakeUrl);
    setLanguage(settings.language);
    setStaffMode(settings.staffMode);
    // Only the first load fills the form; later changes come from this form itself.
  }, [loaded]);

  useEffect(() => {
    void sendMessage("getStatus", {}).then((s) => setFeed(s.feed));
  }, []);

  if (!settings) return null;
  const lang = settings.language;

  const onSave = async (event: Event) => {
    event.preventDefault();
    const candidate = { feedUrl: feedUrl.trim(), intakeUrl: intakeUrl.trim(), language, staffMode };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setMessage({ kind: "error", text: t(language, "options_invalid_url") });
      return;
    }
    await saveSettings(parsed.data);
    setMessage({ kind: "ok", text: t(parsed.data.language, "options_saved") });
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
      <h1>{t(lang, "options_title")}</h1>
      <form onSubmit={onSave} noValidate>
        <label for="feed-url">{t(lang, "options_feed_url")}</label>
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
          {t(lang, "options_feed_url_hint")}
        </p>
        <FeedStatusView feed={feed} lang={lang} />
        <button
          type="button"
          class="secondary"
          data-action="update-now"
          disabled={syncing}
          onClick={onUpdateNow}
        >
          {t(lang, "options_update_now")}
        </button>

        <label for="intake-url">{t(lang, "options_intake_url")}</label>
        <input
          id="intake-url"
          name="intakeUrl"
          type="url"
          value={intakeUrl}
          onInput={(e) => setIntakeUrl(e.currentTarget.value)}
        />

        <label for="language">{t(lang, "options_language")}</label>
        <select
          id="language"
          name="language"
          value={language}
          onChange={(e) => setLanguage(LanguageSchema.parse(e.currentTarget.value))}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l, `lang_${l}`)}
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
          {t(lang, "options_staff_mode")}
        </label>

        <p>
          <button type="submit" data-action="save">
            {t(lang, "options_save")}
          </button>
        </p>
        {message && (
          <p role="status" class={message.kind === "ok" ? "ok" : "error"} data-field="save-status">
            {message.text}
          </p>
        )}
      </form>
      <p class="muted">{t(lang, "options_privacy")}</p>
    </main>
  );
}
