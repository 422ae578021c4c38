import { useState } from "preact/hooks";
import type { AuditRow } from "../../../audit/audit";
import { api } from "../api";
import { formatTime, useI18n } from "../i18n";
import { NotLoaded, useLoad } from "../parts/ask";
import { Untrusted } from "../parts/text";

/** The append-only log of every decision and change: read and exported by admins. */
export function Audit() {
  const { t, lang } = useI18n();
  const [before, setBefore] = useState<string>();
  const [state] = useLoad(
    () => api<{ entries: AuditRow[] }>(`/audit${before ? `?before=${before}` : ""}`),
    before ?? "",
  );
  return (
    <section>
      <h1>{t("a_title")}</h1>
      <p>
        <a
          class="button secondary"
          href="/workspace/api/audit/export?format=csv"
          download
          data-action="export-csv"
        >
          {t("a_export_csv")}
        </a>{" "}
        <a class="button secondary" href="/workspace/api/audit/export?format=json" download>
          {t("a_export_json")}
        </a>
      </p>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : (
        <>
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">{t("a_at")}</th>
                <th scope="col">{t("a_actor")}</th>
                <th scope="col">{t("a_action")}</th>
                <th scope="col">{t("a_subject")}</th>
                <th scope="col">{t("a_change")}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{formatTime(lang, e.at)}</td>
                  <td>
                    <Untrusted>{e.actor}</Untrusted>
                  </td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <code>{e.subject}</code>
                  </td>
                  <td>
                    {(e.before !== null || e.after !== null) && (
                      <details>
                        <summary>JSON</summary>
                        <pre>
                          <Untrusted>
                            {JSON.stringify({ before: e.before, after: e.after }, null, 2)}
                          </Untrusted>
                        </pre>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.value.entries.length === 100 && (
            <button type="button" class="secondary" onClick={() => setBefore(state.value.entries.at(-1)?.id)}>
              {t("a_more")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
