import { useState } from "preact/hooks";
import { sendMessage } from "@/utils/send-message";
import type { Sweep } from "@/utils/sweep/schema";
import { listSweeps } from "@/utils/sweep/store";
import { useI18n } from "../i18n-context";
import { usePolling } from "../use-polling";
import { StartSweepForm } from "./StartSweepForm";
import { SweepView } from "./SweepView";

const POLL_MS = 1000;

/** Staff mode's side panel: the sweeps kept, the one shown, its progress and controls. */
export function SweepPanel() {
  const { t } = useI18n();
  const [sweeps, setSweeps] = useState<Sweep[]>();
  const [shownId, setShownId] = useState<string>();
  const [starting, setStarting] = useState(false);

  usePolling(
    async (live) => {
      const list = await listSweeps();
      if (live()) setSweeps(list);
    },
    POLL_MS,
    [],
  );

  if (!sweeps) return null;
  const refresh = async () => setSweeps(await listSweeps());
  const shown = sweeps.find((s) => s.id === shownId) ?? sweeps.find((s) => s.active) ?? sweeps[0];
  if (starting || !shown)
    return (
      <StartSweepForm
        onStarted={(id) => {
          setStarting(false);
          setShownId(id);
          void refresh();
        }}
        {...(shown ? { onCancel: () => setStarting(false) } : {})}
      />
    );

  const control = async (action: () => Promise<unknown>) => {
    await action();
    await refresh();
  };
  return (
    <>
      <header class="sweep-header">
        <div class="sweep-pick">
          <label>
            {t("sweep_shown_sweep")}
            <select name="sweep" value={shown.id} onChange={(e) => setShownId(e.currentTarget.value)}>
              {sweeps.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.active ? ` (${t("sweep_recording")})` : ""}
                </option>
              ))}
            </select>
          </label>{" "}
          <button type="button" data-action="new-sweep" onClick={() => setStarting(true)}>
            {t("sweep_new")}
          </button>
        </div>
        <p data-field="sweep-count" data-count={shown.count} data-active={shown.active} aria-live="polite">
          <strong>{t(shown.active ? "sweep_recording" : "sweep_paused")}</strong>
          {" · "}
          {t("sweep_count", shown.count, shown.flagged)}
          <span class="muted">
            {" · "}
            {shown.inspectorId} · {shown.unit}
            {shown.purpose ? ` · ${shown.purpose}` : ""}
          </span>
        </p>
        <div class="controls">
          {shown.active ? (
            <button
              type="button"
              data-action="pause-sweep"
              onClick={() => void control(() => sendMessage("pauseSweep", {}))}
            >
              {t("sweep_pause")}
            </button>
          ) : (
            <button
              type="button"
              data-action="resume-sweep"
              onClick={() => void control(() => sendMessage("resumeSweep", { id: shown.id }))}
            >
              {t("sweep_resume")}
            </button>
          )}
          {/* Apart from the everyday controls, behind a menu, and styled as what it is: it cannot be undone. */}
          <details class="more-actions">
            <summary>{t("sweep_more_actions")}</summary>
            <button
              type="button"
              class="danger"
              data-action="delete-sweep"
              onClick={() => {
                if (window.confirm(t("sweep_delete_confirm", shown.name)))
                  void control(() => sendMessage("deleteSweep", { id: shown.id }));
              }}
            >
              {t("sweep_delete")}
            </button>
          </details>
        </div>
      </header>
      <SweepView key={shown.id} sweep={shown} />
    </>
  );
}
