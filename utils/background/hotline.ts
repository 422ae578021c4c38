import { NATIONAL_HOTLINE } from "../config";
import { activeContacts } from "../feed-store/active-feed";
import { mergeContacts } from "../reports/routing";
import { loadSettings } from "../settings";

/** The remembered province's hotline from the feeds in force (the precedence rule), else the national one. */
export async function hotlineToCall(): Promise<{ province?: string; number: string }> {
  const province = (await loadSettings()).reportProvince;
  const contact = province
    ? mergeContacts(await activeContacts()).find((c) => c.province === province && c.hotline)
    : undefined;
  return contact?.hotline
    ? { province: contact.province, number: contact.hotline }
    : { number: NATIONAL_HOTLINE };
}
