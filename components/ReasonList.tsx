import { t } from "@/utils/i18n";
import { type Language, type LocalizedText, pickText } from "@/utils/localized";
import type { Reason } from "@/utils/matching/verdict";

function SourceLine({ source, lang }: { source: NonNullable<Reason["source"]>; lang: Language }) {
  return (
    <div class="muted">
      <div>{t(lang, "panel_source", pickText(source.authority, lang))}</div>
      {source.decision && <div>{t(lang, "panel_decision", source.decision)}</div>}
      {source.date && <div>{t(lang, "panel_date", source.date)}</div>}
      {source.url && (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {t(lang, "panel_link")}
        </a>
      )}
    </div>
  );
}

/** Every reason that fired, in the reader's language, with the authority behind it when it comes from a list. */
export function ReasonList({ reasons, lang }: { reasons: readonly Reason[]; lang: Language }) {
  return (
    <ul class="reasons">
      {reasons.map((reason) => (
        <li key={`${reason.code}:${reason.ref ?? ""}`}>
          <strong>{t(lang, `reason_${reason.code}`)}</strong>
          {reason.category && <span class="muted"> · {t(lang, `category_${reason.category}`)}</span>}
          <div>{pickText(reason.text as LocalizedText, lang)}</div>
          {reason.source && <SourceLine source={reason.source} lang={lang} />}
        </li>
      ))}
    </ul>
  );
}
