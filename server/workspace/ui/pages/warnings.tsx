import type { LocalizedText } from "@/utils/localized";
import type { OfficeWarning } from "../../../warnings/warnings";
import { api } from "../api";
import { categoryLabel, type Language, useI18n } from "../i18n";
import { onLinkClick } from "../navigation";
import { NotLoaded, useLoad } from "../parts/ask";
import { Untrusted } from "../parts/text";

const pick = (text: LocalizedText, lang: Language) => (lang === "en" ? (text.en ?? text.vi) : text.vi);

/** What a warning is about, in a line. */
export function targetText(target: OfficeWarning["warning"]["target"]): string {
  switch (target.kind) {
    case "seller":
      return `${target.platform} · ${target.sellerId}`;
    case "listing":
      return target.key;
    case "shop":
      return target.url;
    case "domain":
      return target.domain;
    case "product":
      return `${target.brand} ${target.terms.join(" ")}${target.gtin ? ` · ${target.gtin}` : ""}`;
  }
}

/** The office's warnings: in force or withdrawn, published or waiting for the next publish. */
export function Warnings() {
  const { t, lang } = useI18n();
  const [state, reload] = useLoad(() => api<{ warnings: OfficeWarning[] }>("/warnings"), "warnings");
  const withdraw = async (id: string) => {
    const reason = window.prompt(t("w_withdraw_reason"));
    if (!reason?.trim()) return;
    await api(`/warnings/${id}/withdraw`, { body: { reason } });
    reload();
  };
  return (
    <section>
      <h1>{t("w_title")}</h1>
      <p>
        <a
          href="/workspace/warnings/new"
          class="button primary"
          onClick={(e) => onLinkClick(e, "/workspace/warnings/new")}
        >
          {t("w_new")}
        </a>
      </p>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : state.value.warnings.length === 0 ? (
        <p class="muted">{t("w_none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("w_target")}</th>
              <th scope="col">{t("w_reason_vi")}</th>
              <th scope="col">{t("w_decision")}</th>
              <th scope="col">{t("filter_state")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {state.value.warnings.map((w) => (
              <tr key={w.warning.id} data-warning={w.warning.id} data-status={w.status}>
                <td>
                  <code>{w.warning.id}</code>
                  <div>
                    {t(`w_target_${w.warning.target.kind}`)}:{" "}
                    <Untrusted>{targetText(w.warning.target)}</Untrusted>
                  </div>
                </td>
                <td>
                  <Untrusted>{pick(w.warning.reason, lang)}</Untrusted>
                  <div class="muted">
                    {categoryLabel(lang, w.warning.category)} · {t(`w_severity_${w.warning.severity}`)}
                    {w.submissions > 0 && <> · {t("w_reports", w.submissions)}</>}
                    {w.adoptedFrom && (
                      <>
                        {" · "}
                        {t("w_adopted", "")}
                        <Untrusted>{w.adoptedFrom.publisher}</Untrusted>
                      </>
                    )}
                  </div>
                </td>
                <td>
                  <Untrusted>{w.warning.source.decision ?? ""}</Untrusted>
                  <div class="muted">{w.warning.source.date ?? ""}</div>
                </td>
                <td>
                  {w.status === "active" ? t("w_active") : t("w_withdrawn")}
                  <div class="muted">
                    {w.publishedSerial ? t("w_published", w.publishedSerial) : t("w_unpublished")}
                  </div>
                </td>
                <td>
                  {w.status === "active" && (
                    <>
                      <a
                        href={`/workspace/warnings/${w.warning.id}`}
                        onClick={(e) => onLinkClick(e, `/workspace/warnings/${w.warning.id}`)}
                      >
                        {t("w_edit")}
                      </a>{" "}
                      <button
                        type="button"
                        class="danger"
                        data-action="withdraw"
                        onClick={() => void withdraw(w.warning.id)}
                      >
                        {t("w_withdraw")}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
