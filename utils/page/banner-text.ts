import type { BannerText } from "@/components/badge-host";
import type { PlatformNote } from "../content-replies";
import type { Translate } from "../i18n";
import type { Language } from "../localized";
import type { Level } from "../matching/verdict-summary";

/** A feed's pledge date (`YYYY-MM-DD`) as the reader writes dates; anything else as given. */
function pledgeDate(date: string, language: Language): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const at = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Intl.DateTimeFormat(language === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(at);
}

/**
 * The product page banner's words: the verdict, whether the platform signed the anti-counterfeit pledge, and,
 * when a guide is for the goods, the way to it.
 */
export function bannerText(
  level: Level,
  note: PlatformNote | undefined,
  t: Translate,
  language: Language,
  guided = false,
): BannerText {
  let pledge = t("banner_pledge_unknown");
  if (note?.pledge?.signed && note.pledge.date)
    pledge = t("banner_pledge_signed_on", note.name, pledgeDate(note.pledge.date, language));
  else if (note?.pledge?.signed) pledge = t("banner_pledge_signed", note.name);
  else if (note?.pledge) pledge = t("banner_pledge_unsigned", note.name);
  return { headline: t(`panel_heading_${level}`), pledge, ...(guided ? { guide: t("banner_guide") } : {}) };
}
