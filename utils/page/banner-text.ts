import type { BannerText } from "@/components/badge-host";
import type { PlatformNote } from "../content-replies";
import { formatDate } from "../dates";
import type { Translate } from "../i18n";
import type { Language } from "../localized";
import type { Level } from "../matching/verdict-summary";
import type { LeadReason } from "./lead-reason";

/**
 * The product page banner's words: a warned or cautioned listing's reason in one line (who warned, about
 * what), else the verdict; then, smaller, whether the platform signed the anti-counterfeit pledge; and, when a
 * guide is for the goods, the way to it.
 */
export function bannerText(
  level: Level,
  note: PlatformNote | undefined,
  t: Translate,
  language: Language,
  guided = false,
  reason?: LeadReason,
): BannerText {
  let pledge = t("banner_pledge_unknown");
  if (note?.pledge?.signed && note.pledge.date)
    pledge = t("banner_pledge_signed_on", note.name, formatDate(language, note.pledge.date));
  else if (note?.pledge?.signed) pledge = t("banner_pledge_signed", note.name);
  else if (note?.pledge) pledge = t("banner_pledge_unsigned", note.name);
  const leads = reason && (level === "danger" || level === "caution");
  const headline = !leads
    ? t(`panel_heading_${level}`)
    : reason.by
      ? t("banner_reason_by", reason.by, reason.text)
      : reason.text;
  return { headline, pledge, ...(guided ? { guide: t("banner_guide") } : {}) };
}
