import type { Language } from "@/utils/localized";
import { pickText } from "@/utils/localized";
import type { Destination } from "@/utils/reports/routing";
import type { useI18n } from "./i18n-context";

/**
 * Who receives a report, by name: the office the province's contact names, the intake the person set, or the
 * province's intake; never just an address (that is under the technical details).
 */
export function recipientName(
  destination: Pick<Destination, "office" | "fromSettings" | "province">,
  t: ReturnType<typeof useI18n>["t"],
  lang: Language,
): string {
  if (destination.office) return pickText(destination.office, lang);
  if (destination.fromSettings || !destination.province) return t("report_recipient_settings");
  return t("report_recipient_province", destination.province);
}
