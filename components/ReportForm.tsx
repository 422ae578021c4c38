import { useMemo, useState } from "preact/hooks";
import type { WarningCategory } from "@/utils/feed/schema";
import { WarningCategorySchema } from "@/utils/feed/schema";
import { buildReport, newReportId } from "@/utils/reports/build";
import type { Report } from "@/utils/reports/schema";
import { ReportContactSchema } from "@/utils/reports/schema";
import type { Listing } from "@/utils/sites/listing";
import { useI18n } from "./i18n-context";
import { TextField } from "./TextField";

export interface ReportContext {
  pageUrl: string;
  pageTitle: string;
  version: string;
  intakeUrl: string;
}

interface Props {
  listing: Listing;
  initialCategory: WarningCategory;
  context: ReportContext;
  submit: (report: Report) => Promise<{ intakeUrl: string }>;
  onBack: () => void;
  onClose: () => void;
}

type Status =
  | { kind: "editing" }
  | { kind: "sending" }
  | { kind: "queued" }
  | { kind: "error"; message: string };

/** The report form. The preview is the exact JSON that goes into the outbox: built here, sent unchanged. */
export function ReportForm({ listing, initialCategory, context, submit, onBack, onClose }: Props) {
  const { t, lang } = useI18n();
  const [category, setCategory] = useState<WarningCategory>(initialCategory);
  const [note, setNote] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const fixed = useMemo(() => ({ id: newReportId(), now: new Date() }), []);

  const contact = ReportContactSchema.safeParse({
    name: name.trim() || undefined,
    phone: phone.trim() || undefined,
    email: email.trim() || undefined,
  });
  const report = contact.success
    ? buildReport(
        {
          listing,
          category,
          note,
          contact: contact.data,
          pageUrl: context.pageUrl,
          pageTitle: context.pageTitle.slice(0, 500),
        },
        { ...fixed, version: context.version, locale: lang },
      )
    : undefined;

  // A plain button, not a form submission: the badge cancels default actions so the card link never fires.
  const onSubmit = async () => {
    if (!report) return;
    setStatus({ kind: "sending" });
    try {
      await submit(report);
      setStatus({ kind: "queued" });
    } catch (e) {
      setStatus({ kind: "error", message: e instanceof Error ? e.message : String(e) });
    }
  };

  if (status.kind === "queued") {
    return (
      <div>
        <h2>{t("report_title")}</h2>
        <p class="status" role="status">
          {t("report_queued")}
        </p>
        <p class="muted">{t("report_destination", context.intakeUrl)}</p>
        <div class="actions">
          <button type="button" class="secondary" data-action="close" onClick={onClose}>
            {t("panel_close")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form aria-labelledby="soi-hang-report-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="soi-hang-report-title">{t("report_title")}</h2>
      <p class="listing-title">{listing.title}</p>
      <label for="sh-category">{t("report_category")}</label>
      <select
        id="sh-category"
        name="category"
        value={category}
        onChange={(e) => setCategory(WarningCategorySchema.parse(e.currentTarget.value))}
      >
        {WarningCategorySchema.options.map((c) => (
          <option key={c} value={c}>
            {t(`category_${c}`)}
          </option>
        ))}
      </select>
      <label for="sh-note">{t("report_note")}</label>
      <textarea
        id="sh-note"
        name="note"
        rows={3}
        maxLength={2000}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <fieldset>
        <legend>{t("report_contact")}</legend>
        <TextField
          id="sh-name"
          label={t("report_name")}
          name="name"
          autoComplete="name"
          maxLength={100}
          value={name}
          onValue={setName}
        />
        <TextField
          id="sh-phone"
          label={t("report_phone")}
          name="phone"
          type="tel"
          autoComplete="tel"
          value={phone}
          onValue={setPhone}
        />
        <TextField
          id="sh-email"
          label={t("report_email")}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onValue={setEmail}
        />
      </fieldset>
      {!contact.success && (
        <p class="status status--error" role="alert">
          {t("report_invalid_contact")}
        </p>
      )}
      <h3 class="preview-heading">{t("report_preview")}</h3>
      <p class="muted">{t("report_destination", context.intakeUrl)}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to be read. */}
      <pre class="preview" data-preview tabIndex={0}>
        {report ? JSON.stringify(report, null, 2) : ""}
      </pre>
      {status.kind === "error" && (
        <p class="status status--error" role="alert">
          {t("report_failed", status.message)}
        </p>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack}>
          {t("report_back")}
        </button>
        <button
          type="button"
          class="primary"
          data-action="submit-report"
          disabled={!report || status.kind === "sending"}
          onClick={onSubmit}
        >
          {t("report_submit")}
        </button>
      </div>
    </form>
  );
}
