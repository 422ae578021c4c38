import { useState } from "preact/hooks";
import type { FollowedFeed } from "../../../following/followed-feeds";
import { ApiError, api } from "../api";
import { formatTime, useI18n } from "../i18n";
import { useMe } from "../me";
import { NotLoaded, Outcome, useLoad } from "../parts/ask";
import { Untrusted } from "../parts/text";

/** Other offices' signed feeds this office follows. */
export function Followed() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [state, reload] = useLoad(() => api<{ feeds: FollowedFeed[] }>("/followed"), "followed");
  const [form, setForm] = useState({ url: "", keyId: "", publicKey: "" });
  const [outcome, setOutcome] = useState<{ text?: string; error?: string }>({});
  const call = (path: string, body: unknown) =>
    api(path, { body }).then(
      () => {
        setOutcome({});
        reload();
      },
      (e: unknown) => setOutcome({ error: e instanceof ApiError ? e.reason : String(e) }),
    );
  const bind = (name: keyof typeof form) => ({
    id: `follow-${name}`,
    value: form[name],
    onInput: (e: Event) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <section>
      <h1>{t("f_title")}</h1>
      <p class="muted">{t("f_intro")}</p>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : state.value.feeds.length === 0 ? (
        <p class="muted">{t("f_none")}</p>
      ) : (
        <ul class="followed">
          {state.value.feeds.map((f) => (
            <li key={f.url} data-followed-feed={f.url}>
              <strong>
                <Untrusted>{f.publisher?.name ?? f.url}</Untrusted>
              </strong>{" "}
              <code>{f.url}</code>
              <div class="muted">
                {f.serial !== undefined &&
                  t("f_state", f.serial, f.warnings, f.checkedAt ? formatTime(lang, f.checkedAt) : "—")}
              </div>
              {f.error && <p class="warn">{t("f_error", f.error)}</p>}
              {me.can.publish && (
                <button
                  type="button"
                  class="danger"
                  onClick={() => void call("/followed/remove", { url: f.url })}
                >
                  {t("f_remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="secondary" onClick={() => void call("/followed/refresh", {})}>
          {t("f_refresh")}
        </button>
      </p>
      {me.can.publish && (
        <form
          class="follow-form"
          onSubmit={(e) => {
            e.preventDefault();
            void call("/followed", form);
          }}
        >
          <label class="wide">
            {t("f_url")}
            <input type="url" required {...bind("url")} />
          </label>
          <label>
            {t("f_key_id")}
            <input required {...bind("keyId")} />
          </label>
          <label class="wide">
            {t("f_public_key")}
            <input required {...bind("publicKey")} />
          </label>
          <button type="submit" class="primary" data-action="follow">
            {t("f_add")}
          </button>
        </form>
      )}
      <Outcome {...outcome} />
    </section>
  );
}
