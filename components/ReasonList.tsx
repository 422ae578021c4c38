import { formatDate } from "@/utils/dates";
import { type LocalizedText, pickText } from "@/utils/localized";
import type { Reason } from "@/utils/matching/verdict";
import { useI18n } from "./i18n-context";

export function SourceLine({ source }: { source: NonNullable<Reason["source"]> }) {
  const { t, lang } = useI18n();
  return (
    <div class="muted">
      <div>{t("panel_source", pickText(source.authority, lang))}</div>
      {source.decision && <div>{t("panel_decision", source.decision)}</div>}
      {source.date && <div>{t("panel_date", formatDate(lang, source.date))}</div>}
      {source.url && (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {t("panel_link")}
        </a>
      )}
    </div>
  );
}

/** Every reason that fired, in the reader's language, with the authority behind it when it comes from a list. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { t, lang } = useI18n();
  return (
    <ul class="reasons">
      {reasons.map((reason) => (
        <li key={`${reason.code}:${reason.ref ?? ""}`}>
          <strong>{t(`reason_${reason.code}`)}</strong>
          {reason.category && <span class="muted"> · {t(`category_${reason.category}`)}</span>}
          <div>{pickText(reason.text as LocalizedText, lang)}</div>
          {reason.source && <SourceLine source={reason.source} />}
        </li>
      ))}
    </ul>
  );
}
