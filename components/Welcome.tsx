import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { NATIONAL_HOTLINE } from "@/utils/config";
import type { Contact } from "@/utils/feed/schema";
import { sendMessage } from "@/utils/send-message";
import { useI18n } from "./i18n-context";

/**
 * The first-run page, opened once when the extension is installed and from the popup later: in a minute, what
 * Soi Hàng does, what it never sends, how to report, whom to call, and staff mode.
 */
export function Welcome() {
  const { t } = useI18n();
  const [contacts, setContacts] = useState<Contact[]>([]);
  useEffect(() => {
    sendMessage("reportSetup", {}).then(
      (setup) => setContacts(setup.contacts.filter((c) => c.hotline)),
      () => undefined,
    );
  }, []);
  return (
    <main class="page welcome">
      <h1>{t("welcome_title")}</h1>
      <p>{t("welcome_what")}</p>
      <h2>{t("welcome_private_heading")}</h2>
      <p data-field="private">{t("welcome_private")}</p>
      <h2>{t("welcome_report_heading")}</h2>
      <ul>
        <li>{t("welcome_report_badge")}</li>
        <li>{t("welcome_report_menu")}</li>
        <li>{t("welcome_report_popup")}</li>
      </ul>
      <h2>{t("welcome_hotlines_heading")}</h2>
      <ul data-field="hotlines">
        <li>
          <strong>{t("report_national_hotline", NATIONAL_HOTLINE)}</strong>
        </li>
        {contacts.map((c) => (
          <li key={c.province}>{t("report_hotline", c.province, c.hotline ?? "")}</li>
        ))}
      </ul>
      <h2>{t("welcome_staff_heading")}</h2>
      <p>{t("welcome_staff")}</p>
      <p class="row-actions">
        <button
          type="button"
          class="secondary"
          data-action="open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t("welcome_open_options")}
        </button>
      </p>
    </main>
  );
}
