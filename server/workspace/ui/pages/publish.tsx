import { useState } from "preact/hooks";
import type { Published } from "../../../publishing/publish";
import { ApiError, api } from "../api";
import { formatTime, useI18n } from "../i18n";
import { useMe } from "../me";
import { NotLoaded, Outcome, useLoad } from "../parts/ask";

interface PublishState {
  feedUrl: string;
  serial?: number;
  publishedAt?: string;
  pending: number;
  autoPublishMinutes: number | null;
  key?: { id: string; publicKey: string };
  keyError?: string;
}

const SCHEDULES = [15, 30, 60, 180, 1440];

/** The office's feed: what is in force, what waits, publishing now, and by itself. */
export function Publish() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [state, reload] = useLoad(() => api<PublishState>("/publish"), "publish");
  const [outcome, setOutcome] = useState<{ text?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) => setOutcome({ error: e instanceof ApiError ? e.reason : String(e) });
  const publish = async () => {
    setBusy(true);
    try {
      const r = await api<Published>("/publish", { body: {} });
      setOutcome({
        text: r.unchanged ? t("p_unchanged", r.serial) : t("p_done", r.serial, r.warnings, r.actionTaken),
      });
      reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const schedule = (value: string) =>
    api("/publish/schedule", {
      method: "PUT",
      body: { autoPublishMinutes: value ? Number(value) : null },
    }).then(() => {
      setOutcome({ text: t("p_schedule_saved") });
      reload();
    }, fail);
  if (state.kind !== "ok") return <NotLoaded state={state} />;
  const s = state.value;
  return (
    <section>
      <h1>{t("p_title")}</h1>
      <p data-field="serial">
        {s.serial ? t("p_serial", s.serial, formatTime(lang, s.publishedAt ?? "")) : t("p_never")}
      </p>
      <p data-field="pending">{t("p_pending", s.pending)}</p>
      {s.keyError && (
        <p class="warn" role="alert" data-field="key-error">
          {t("p_key_missing", s.keyError)}
        </p>
      )}
      {me.can.publish ? (
        <p>
          <button
            type="button"
            class="primary"
            disabled={busy}
            data-action="publish"
            onClick={() => void publish()}
          >
            {t("p_now")}
          </button>
        </p>
      ) : (
        <p class="muted">{t("p_only_publisher")}</p>
      )}
      <Outcome {...outcome} />
      <dl class="facts">
        <dt>{t("p_feed_url")}</dt>
        <dd>
          <code data-field="feed-url">{s.feedUrl}</code>
        </dd>
        {s.key && (
          <>
            <dt>{t("p_key", s.key.id)}</dt>
            <dd>
              <code data-field="public-key">{s.key.publicKey}</code>
            </dd>
          </>
        )}
      </dl>
      {me.can.publish && (
        <label>
          {t("p_schedule")}
          <select
            id="schedule"
            value={s.autoPublishMinutes ?? ""}
            onChange={(e) => void schedule(e.currentTarget.value)}
          >
            <option value="">{t("p_schedule_off")}</option>
            {SCHEDULES.map((m) => (
              <option value={m} key={m}>
                {t("p_schedule_every", m)}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
