import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { CaptureResult } from "@/utils/capture/capture-result";
import { NATIONAL_HOTLINE } from "@/utils/config";
import { formatDateTime } from "@/utils/dates";
import type { WarningCategory } from "@/utils/feed/schema";
import { WarningCategorySchema } from "@/utils/feed/schema";
import type { MessageResponse } from "@/utils/messages";
import { buildReport, newReportId } from "@/utils/reports/build";
import { previewJson } from "@/utils/reports/preview";
import { destinationFor } from "@/utils/reports/routing";
import { ReportContactSchema, type ReportEntryPoint } from "@/utils/reports/schema";
import type { Listing } from "@/utils/sites/listing";
import { downloadFile } from "./download";
import { useI18n } from "./i18n-context";
import { recipientName } from "./recipient";
import type { ReportApi } from "./report-api";
import { ScreenshotField, type ShotState } from "./ScreenshotField";
import { TextAreaField, TextField } from "./TextField";

export interface ReportContext {
  pageUrl: string;
  pageTitle: string;
  version: string;
}

interface Props {
  listing: Listing;
  initialCategory: WarningCategory;
  context: ReportContext;
  entryPoint: ReportEntryPoint;
  api: ReportApi;
  /** A screenshot already taken (the context menu captures before the form opens). */
  initialCapture?: CaptureResult;
  onBack?: () => void;
  onClose: () => void;
}

type Status =
  | { kind: "editing" }
  | { kind: "sending" }
  | { kind: "duplicate"; previousAt: string }
  | { kind: "queued"; reply: MessageResponse<"submitReport"> }
  | { kind: "error"; message: string };

/** How long the confirmation watches the outbox for the intake's answer (sending times out after 15 s). */
const WATCH_MS = 20_000;

/**
 * What happened to the report just made: sent (with the intake's receipt number when it gives one), or waiting
 * in the outbox until the intake can take it.
 */
function Delivery({ id, api }: { id: string; api: ReportApi }) {
  const { t } = useI18n();
  const [state, setState] = useState<MessageResponse<"reportReceipt">>({});
  useEffect(() => {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async () => {
      const next = await api.receipt(id).catch(() => ({}) as MessageResponse<"reportReceipt">);
      setState(next);
      if (next.status !== "sent" && next.status !== "rejected" && Date.now() - started < WATCH_MS)
        timer = setTimeout(() => void look(), 500);
    };
    void look();
    return () => clearTimeout(timer);
  }, [id]);
  if (state.status === "sent")
    return (
      <div role="status" data-field="delivery" data-delivery="sent">
        <p class="status">{t("report_delivered")}</p>
        {state.receipt && (
          <p>
            <strong data-field="receipt">{t("report_receipt", state.receipt)}</strong>
          </p>
        )}
      </div>
    );
  return (
    <p class="status" role="status" data-field="delivery" data-delivery="waiting">
      {t("report_queued")}
    </p>
  );
}

const shotFrom = (capture: CaptureResult): ShotState =>
  capture.ok ? { kind: "attached", screenshot: capture.screenshot } : { kind: "missing", ...capture };

/**
 * The report form. Nothing leaves without the submit button; the preview is the JSON that goes into the outbox,
 * built here and sent unchanged (only the screenshot's base64 is shown as the image instead of as text).
 */
export function ReportForm(props: Props) {
  const { listing, context, api } = props;
  const { t, lang } = useI18n();
  const [category, setCategory] = useState<WarningCategory>(props.initialCategory);
  const [note, setNote] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [province, setProvince] = useState("");
  const [setup, setSetup] = useState<MessageResponse<"reportSetup">>();
  const [shot, setShot] = useState<ShotState>(
    props.initialCapture ? shotFrom(props.initialCapture) : { kind: "capturing" },
  );
  const [attach, setAttach] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const fixed = useMemo(() => ({ id: newReportId(), now: new Date() }), []);

  const takeShot = async () => {
    setShot({ kind: "capturing" });
    try {
      setShot(shotFrom(await api.capture()));
    } catch (e) {
      setShot({ kind: "missing", error: "failed", detail: e instanceof Error ? e.message : String(e) });
    }
  };

  // Once, when the form opens.
  useEffect(() => {
    api
      .setup(listing.key)
      .then((s) => {
        setSetup(s);
        setProvince(s.province ?? "");
      })
      .catch((e: unknown) => setStatus({ kind: "error", message: String(e) }));
    if (!props.initialCapture) void takeShot();
  }, []);

  // One step: once the person allows captures in the permission window, the picture is taken here at once.
  useEffect(() => {
    if (shot.kind !== "missing" || shot.error !== "permission") return;
    const granted = () => void takeShot();
    browser.permissions.onAdded.addListener(granted);
    return () => browser.permissions.onAdded.removeListener(granted);
  }, [shot.kind === "missing" && shot.error === "permission"]);

  const contact = ReportContactSchema.safeParse({
    name: name.trim() || undefined,
    phone: phone.trim() || undefined,
    email: email.trim() || undefined,
  });
  const screenshot = attach && shot.kind === "attached" ? shot.screenshot : undefined;
  const report = contact.success
    ? buildReport(
        {
          listing,
          category,
          note,
          contact: contact.data,
          pageUrl: context.pageUrl,
          pageTitle: context.pageTitle.slice(0, 500),
          ...(province ? { province } : {}),
          ...(screenshot ? { screenshot } : {}),
          entryPoint: props.entryPoint,
        },
        { ...fixed, version: context.version, locale: lang },
      )
    : undefined;
  const destination = setup && destinationFor(province || undefined, setup.contacts, setup.defaultIntake);

  // A plain button, not a form submission: the badge cancels default actions so the card link never fires.
  const send = async (confirmDuplicate: boolean) => {
    if (!report) return;
    setStatus({ kind: "sending" });
    try {
      const reply = await api.submit(report, confirmDuplicate);
      if (reply.status === "queued") setStatus({ kind: "queued", reply });
      else if (reply.status === "duplicate")
        setStatus({ kind: "duplicate", previousAt: reply.previousAt ?? "" });
      else if (reply.status === "no_intake") setStatus({ kind: "error", message: t("report_no_intake") });
      else setStatus({ kind: "error", message: t("report_rate_limited", reply.retryAfterMinutes ?? 10) });
    } catch (e) {
      setStatus({ kind: "error", message: t("report_failed", e instanceof Error ? e.message : String(e)) });
    }
  };

  if (status.kind === "queued") {
    const { reply } = status;
    return (
      <div>
        <h2>{t("report_title")}</h2>
        <Delivery id={reply.id} api={api} />
        {destination && (
          <p data-field="recipient">{t("report_sent_to", recipientName(destination, t, lang))}</p>
        )}
        <details class="tech">
          <summary>{t("report_technical")}</summary>
          <p class="muted" data-field="destination">
            {t("report_destination", reply.intakeUrl ?? "")}
          </p>
        </details>
        {reply.province && <p class="muted">{t("report_sent_to_province", reply.province)}</p>}
        <p data-field="hotline">
          <strong>
            {reply.hotline
              ? t("report_hotline", reply.province ?? "", reply.hotline)
              : t("report_national_hotline", NATIONAL_HOTLINE)}
          </strong>
        </p>
        <p class="muted">{t("report_follow_up")}</p>
        <div class="actions">
          <button type="button" class="secondary" data-action="close" onClick={props.onClose}>
            {t("panel_close")}
          </button>
        </div>
      </div>
    );
  }

  const previous = setup?.previous;
  // Nowhere takes reports online for this choice: say so, and offer the hotline and the evidence as a file.
  const noIntake = setup !== undefined && destination !== undefined && !destination.intakeUrl;
  const saveEvidence = () => {
    if (!report) return;
    downloadFile(
      `${JSON.stringify(report, null, 2)}\n`,
      `soi-hang-bang-chung-${report.createdAt.slice(0, 10)}-${report.id.slice(0, 8)}.json`,
      "application/json",
    );
  };
  return (
    <form aria-labelledby="soi-hang-report-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="soi-hang-report-title">{t("report_title")}</h2>
      <p class="listing-title" data-field="report-title">
        {listing.title}
      </p>
      {previous && (
        <p class="status status--note" data-field="previous">
          {t(
            "report_previous",
            formatDateTime(lang, Date.parse(previous.createdAt)),
            t(`status_${previous.status}`),
          )}
        </p>
      )}
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
      <TextAreaField
        id="sh-note"
        name="note"
        label={t("report_note")}
        rows={3}
        maxLength={2000}
        value={note}
        onValue={setNote}
      />
      <label for="sh-province">{t("report_province")}</label>
      <select
        id="sh-province"
        name="province"
        value={province}
        onChange={(e) => setProvince(e.currentTarget.value)}
      >
        <option value="">{t("report_province_none")}</option>
        {setup?.contacts.map((c) => (
          <option key={c.province} value={c.province}>
            {c.province}
          </option>
        ))}
      </select>
      {destination?.hotline && (
        <p class="muted" data-field="form-hotline">
          {t("report_hotline", destination.province ?? "", destination.hotline)}
        </p>
      )}
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
      <ScreenshotField
        shot={shot}
        attach={attach}
        onAttach={setAttach}
        onRetake={() => void takeShot()}
        onAllow={() => void api.requestPermission()}
      />
      <h3 class="preview-heading">{t("report_preview")}</h3>
      {noIntake ? (
        <div class="status status--note" role="note" data-field="no-intake">
          <p>{t("report_no_intake")}</p>
          <p>
            <strong data-field="no-intake-hotline">
              {destination.hotline
                ? t("report_hotline", destination.province ?? "", destination.hotline)
                : t("report_national_hotline", NATIONAL_HOTLINE)}
            </strong>
          </p>
          {destination.email && <p>{t("report_email_evidence", destination.email)}</p>}
          <button
            type="button"
            class="secondary"
            data-action="save-evidence"
            disabled={!report}
            onClick={saveEvidence}
          >
            {t("report_save_evidence")}
          </button>
        </div>
      ) : (
        <dl class="summary" data-field="summary">
          <dt>{t("report_summary_listing")}</dt>
          <dd>
            {listing.title}
            {listing.sellerName && <span class="muted"> · {listing.sellerName}</span>}
          </dd>
          <dt>{t("report_summary_shot")}</dt>
          <dd>
            {screenshot ? (
              <img
                class="summary-shot"
                src={`data:image/jpeg;base64,${screenshot.data}`}
                alt={t("report_summary_shot_alt")}
              />
            ) : (
              t("report_summary_no_shot")
            )}
          </dd>
          <dt>{t("report_summary_contact")}</dt>
          <dd data-field="summary-contact">
            {[name.trim(), phone.trim(), email.trim()].filter(Boolean).join(" · ") ||
              t("report_summary_no_contact")}
          </dd>
          <dt>{t("report_summary_recipient")}</dt>
          <dd data-field="recipient">{destination ? recipientName(destination, t, lang) : "…"}</dd>
        </dl>
      )}
      <details class="tech">
        <summary>{t("report_technical")}</summary>
        {!noIntake && (
          <p class="muted" data-field="destination">
            {t("report_destination", destination?.intakeUrl ?? "…")}
          </p>
        )}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to be read. */}
        <pre class="preview" data-preview tabIndex={0}>
          {report ? previewJson(report, (n) => t("report_shot_elided", n)) : ""}
        </pre>
      </details>
      {status.kind === "error" && (
        <p class="status status--error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === "duplicate" ? (
        <div class="confirm" role="alertdialog" aria-labelledby="sh-duplicate">
          <p id="sh-duplicate">
            {t("report_duplicate_ask", formatDateTime(lang, Date.parse(status.previousAt)))}
          </p>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setStatus({ kind: "editing" })}>
              {t("report_back")}
            </button>
            <button type="button" class="primary" data-action="confirm-duplicate" onClick={() => send(true)}>
              {t("report_duplicate_confirm")}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions actions--sticky">
          {props.onBack && (
            <button type="button" class="secondary" onClick={props.onBack}>
              {t("report_back")}
            </button>
          )}
          <button
            type="button"
            class="primary"
            data-action="submit-report"
            disabled={!report || !setup || noIntake || shot.kind === "capturing" || status.kind === "sending"}
            onClick={() => send(false)}
          >
            {t("report_submit")}
          </button>
        </div>
      )}
    </form>
  );
}
