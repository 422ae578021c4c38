import type { Guide } from "@/utils/feed/schema";
import { pickText } from "@/utils/localized";
import { useI18n } from "./i18n-context";
import { SourceLine } from "./ReasonList";

/**
 * How to check the goods are genuine: the steps with their sources, the official look-ups, and plainly when the
 * goods may not be sold at all. Information, never a warning: drawn in the panel's calm colours.
 */
export function GuideList({ guides }: { guides: readonly Guide[] }) {
  const { t, lang } = useI18n();
  return (
    <div class="guides">
      {guides.map((guide) => (
        <section key={guide.id} class="guide" data-guide={guide.id} aria-labelledby={`guide-${guide.id}`}>
          <h3 id={`guide-${guide.id}`}>{t("guide_heading", pickText(guide.title, lang))}</h3>
          {guide.legal && (
            <div class={`legal legal--${guide.legal.status}`} data-field="legal">
              <strong>{t(`guide_legal_${guide.legal.status}`)}</strong>
              <div>{pickText(guide.legal.text, lang)}</div>
              <SourceLine source={guide.legal.source} />
            </div>
          )}
          <p class="muted">{t("guide_intro")}</p>
          <ol class="steps">
            {guide.steps.map((step) => (
              <li key={step.text.vi}>
                <div>{pickText(step.text, lang)}</div>
                <SourceLine source={step.source} />
              </li>
            ))}
          </ol>
          {guide.lookups.length > 0 && (
            <div class="lookups">
              <strong>{t("guide_lookups")}</strong>
              <ul>
                {guide.lookups.map((lookup) => (
                  <li key={lookup.url}>
                    <a href={lookup.url} target="_blank" rel="noopener noreferrer">
                      {pickText(lookup.name, lang)}
                    </a>
                    {lookup.checks && <span class="muted"> · {pickText(lookup.checks, lang)}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
