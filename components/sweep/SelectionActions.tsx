import { useRef, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { CAPTURE_ORIGINS } from "@/utils/capture/screenshot";
import { sendMessage } from "@/utils/send-message";
import { MAX_CASE_ITEMS, MarkSchema } from "@/utils/sweep/schema";
import { useI18n } from "../i18n-context";
import { TextAreaField, TextField } from "../TextField";

type Progress = { done: number; total: number; failed: number; lastError?: string };

/** What can be done with the selected listings: mark them, gather their evidence, send them as a case. */
export function SelectionActions(props: { sweepId: string; keys: readonly string[]; onClear: () => void }) {
  const { t } = useI18n();
  const { sweepId, keys } = props;
  const [mark, setMark] = useState("suspicious");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<string>();
  const [progress, setProgress] = useState<Progress>();
  const [caseTitle, setCaseTitle] = useState("");
  const [caseNote, setCaseNote] = useState("");
  const cancelled = useRef(false);

  const applyMark = async () => {
    const parsed = mark === "none" ? "none" : MarkSchema.parse(mark);
    const reply = await sendMessage("markListings", {
      sweepId,
      keys: [...keys],
      mark: parsed,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setStatus(t("sweep_marked", reply.changed));
  };

  const gatherEvidence = async () => {
    // Asked inside the click (a permission prompt needs the gesture); granted already, it answers at once.
    const granted = await browser.permissions.request({ origins: [...CAPTURE_ORIGINS] });
    if (!granted) {
      setStatus(t("sweep_evidence_permission"));
      return;
    }
    const windowId = (await browser.windows.getCurrent()).id;
    // The tab in front now (the page being swept, or this panel opened as a page) is brought back at the end.
    const [shown] = await browser.tabs.query({ active: true, windowId });
    cancelled.current = false;
    const run: Progress = { done: 0, total: keys.length, failed: 0 };
    setProgress({ ...run });
    for (const key of keys) {
      if (cancelled.current) break;
      const reply = await sendMessage("captureEvidence", {
        sweepId,
        key,
        ...(windowId !== undefined ? { windowId } : {}),
      }).catch((e: unknown) => ({ ok: false as const, error: "failed" as const, detail: String(e) }));
      run.done++;
      if (!reply.ok) {
        run.failed++;
        run.lastError = reply.detail;
      }
      setProgress({ ...run });
    }
    if (shown?.id !== undefined) await browser.tabs.update(shown.id, { active: true }).catch(() => undefined);
  };

  const submitCase = async (event: Event) => {
    event.preventDefault();
    if (!caseTitle.trim()) return;
    const reply = await sendMessage("submitCase", {
      sweepId,
      keys: [...keys],
      title: caseTitle.trim(),
      note: caseNote.trim(),
    });
    setStatus(t("sweep_case_queued", reply.items, reply.intakeUrl));
    setCaseTitle("");
    setCaseNote("");
  };

  const tooMany = keys.length > MAX_CASE_ITEMS;
  return (
    <section class="selection" aria-label={t("sweep_selection")}>
      <p>
        <strong data-field="selected">{t("sweep_selected", keys.length)}</strong>{" "}
        <button type="button" data-action="clear-selection" onClick={props.onClear}>
          {t("sweep_clear_selection")}
        </button>
      </p>
      <div class="selection-row">
        <select
          name="markAs"
          aria-label={t("sweep_mark_as")}
          value={mark}
          onChange={(e) => setMark(e.currentTarget.value)}
        >
          {MarkSchema.options.map((m) => (
            <option key={m} value={m}>
              {t(`sweep_mark_${m}`)}
            </option>
          ))}
          <option value="none">{t("sweep_mark_clear")}</option>
        </select>
        <input
          name="markNote"
          aria-label={t("sweep_mark_note")}
          placeholder={t("sweep_mark_note")}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <button type="button" data-action="apply-mark" onClick={() => void applyMark()}>
          {t("sweep_apply_mark")}
        </button>
      </div>
      <p>
        <button
          type="button"
          data-action="gather-evidence"
          disabled={progress !== undefined && progress.done < progress.total}
          onClick={() => void gatherEvidence()}
        >
          {t("sweep_gather_evidence", keys.length)}
        </button>
        {progress && progress.done < progress.total && (
          <button
            type="button"
            data-action="cancel-evidence"
            onClick={() => {
              cancelled.current = true;
            }}
          >
            {t("sweep_cancel")}
          </button>
        )}
      </p>
      {progress && (
        <p
          role="status"
          data-field="evidence-progress"
          data-done={progress.done}
          data-failed={progress.failed}
        >
          {t("sweep_evidence_progress", progress.done, progress.total, progress.failed)}
          {progress.lastError && <span class="error"> {progress.lastError}</span>}
        </p>
      )}
      <details class="case-details">
        <summary>{t("sweep_case_section", keys.length)}</summary>
        <form class="case-form" onSubmit={(e) => void submitCase(e)}>
          <TextField
            id="case-title"
            name="caseTitle"
            label={t("sweep_case_title")}
            value={caseTitle}
            onValue={setCaseTitle}
            maxLength={200}
          />
          <TextAreaField
            id="case-note"
            name="caseNote"
            label={t("sweep_case_note")}
            maxLength={4000}
            value={caseNote}
            onValue={setCaseNote}
          />
          <button type="submit" data-action="submit-case" disabled={tooMany || !caseTitle.trim()}>
            {t("sweep_submit_case", keys.length)}
          </button>
          {tooMany && <p class="error">{t("sweep_case_too_many", MAX_CASE_ITEMS)}</p>}
        </form>
      </details>
      {status && (
        <p role="status" class="ok" data-field="selection-status">
          {status}
        </p>
      )}
    </section>
  );
}
