import { useState } from "preact/hooks";
import { api } from "../api";
import { useI18n } from "../i18n";

/** The sign-in form: every refusal reads the same. */
export function Login({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, lang, setLang } = useI18n();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      await api("/login", { body: { username, password } });
      onSignedIn();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <h1>{t("login_title")}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t("login_username")}
          <input
            id="username"
            autocomplete="username"
            required
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label>
          {t("login_password")}
          <input
            id="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {failed && (
          <p class="warn" role="alert" data-field="login-error">
            {t("login_failed")}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy} data-action="login">
          {busy ? t("login_busy") : t("login_submit")}
        </button>
      </form>
      <button type="button" class="link" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
        {t("lang_switch")}
      </button>
    </main>
  );
}
