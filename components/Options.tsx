import { useState } from "preact/hooks";
import type { MessageKey } from "@/utils/i18n";
import { LANGUAGES, type Language, LanguageSchema } from "@/utils/localized";
import { DEFAULT_SYNC_MINUTES, type Settings, SettingsSchema, saveSettings } from "@/utils/settings";
import { AllowedSites } from "./AllowedSites";
import { FeedSubscriptions } from "./FeedSubscriptions";
import { InspectedSites } from "./InspectedSites";
import { useI18n } from "./i18n-context";
import { TextField } from "./TextField";

/** The general settings form; it starts from the stored settings, later changes come from the form itself. */
export function Options({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [intakeUrl, setIntakeUrl] = useState(settings.intakeUrl ?? "");
  const [syncMinutes, setSyncMinutes] = useState(String(settings.syncMinutes));
  const [language, setLanguage] = useState<Language>(settings.language);
  const [staffMode, setStaffMode] = useState(settings.staffMode);
  const [staffIntakeUrl, setStaffIntakeUrl] = useState(settings.staffIntakeUrl ?? "");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; key: MessageKey }>();

  const onSave = async (event: Event) => {
    event.preventDefault();
    const candidate = {
      ...settings,
      // An empty field means none: reports then go only where an approved feed routes them.
      intakeUrl: intakeUrl.trim() || undefined,
      syncMinutes: Number(syncMinutes),
      language,
      staffMode,
      staffIntakeUrl: staffIntakeUrl.trim() || undefined,
    };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setMessage({ kind: "error", key: "options_invalid_url" });
      return;
    }
    // Subscriptions are saved by their own section; only this form's fields are written here.
    await saveSettings({
      intakeUrl: parsed.data.intakeUrl,
      syncMinutes: parsed.data.syncMinutes,
      language,
      staffMode,
      staffIntakeUrl: parsed.data.staffIntakeUrl,
    });
    // Shown in the language just saved: the page re-renders with it.
    setMessage({ kind: "ok", key: "options_saved" });
  };

  // Shoppers need the language only; the rest is for people who follow other lists, set an intake or sweep.
  // It opens by itself once any of it is in use.
  const advanced =
    Boolean(settings.intakeUrl || settings.staffIntakeUrl) ||
    settings.staffMode ||
    settings.subscriptions.some((s) => s.url !== "") ||
    settings.syncMinutes !== DEFAULT_SYNC_MINUTES;
  const status = message && (
    <p role="status" class={message.kind === "ok" ? "ok" : "error"} data-field="save-status">
      {t(message.key)}
    </p>
  );

  return (
    <main style={{ maxWidth: "680px", margin: "24px auto", padding: "0 16px" }}>
      <h1>{t("options_title")}</h1>
      <form onSubmit={onSave} noValidate>
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
        <p>
          <button type="submit" data-action="save-language">
            {t("options_save")}
          </button>
        </p>
      </form>
      <p class="muted">{t("options_privacy")}</p>

      <InspectedSites />
      <AllowedSites />
      <details class="advanced" open={advanced}>
        <summary>{t("options_advanced")}</summary>
        <p class="muted">{t("options_advanced_intro")}</p>
        <FeedSubscriptions settings={settings} />
        <form onSubmit={onSave} noValidate>
          <TextField
            id="sync-minutes"
            label={t("options_sync_minutes")}
            type="number"
            min={15}
            max={10080}
            value={syncMinutes}
            onValue={setSyncMinutes}
          />
          <p class="muted">{t("options_sync_hint")}</p>
          <TextField
            id="intake-url"
            label={t("options_intake_url")}
            name="intakeUrl"
            type="url"
            value={intakeUrl}
            onValue={setIntakeUrl}
          />
          <p class="muted">{t("options_intake_hint")}</p>
          <label class="inline">
            <input
              type="checkbox"
              name="staffMode"
              checked={staffMode}
              onChange={(e) => setStaffMode(e.currentTarget.checked)}
            />
            {t("options_staff_mode")}
          </label>
          <p class="muted">{t("options_staff_hint")}</p>
          {staffMode && (
            <TextField
              id="staff-intake-url"
              label={t("options_staff_intake_url")}
              name="staffIntakeUrl"
              type="url"
              value={staffIntakeUrl}
              onValue={setStaffIntakeUrl}
            />
          )}
          <p>
            <button type="submit" data-action="save">
              {t("options_save")}
            </button>
          </p>
        </form>
      </details>
      {status}
    </main>
  );
}
