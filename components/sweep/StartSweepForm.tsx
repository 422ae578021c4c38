import { useState } from "preact/hooks";
import { sendMessage } from "@/utils/send-message";
import { SweepStartSchema } from "@/utils/sweep/schema";
import { useI18n } from "../i18n-context";
import { TextAreaField, TextField } from "../TextField";

/** Name, inspector and unit are required: they go on every export and case. */
export function StartSweepForm(props: { onStarted: (id: string) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [inspectorId, setInspectorId] = useState("");
  const [unit, setUnit] = useState("");
  const [purpose, setPurpose] = useState("");
  const [error, setError] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const start = SweepStartSchema.safeParse({ name, inspectorId, unit, purpose });
    setError(!start.success);
    if (!start.success) return;
    props.onStarted((await sendMessage("startSweep", start.data)).id);
  };
  return (
    <form class="start-sweep" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t("sweep_new")}</h2>
      <p class="muted" data-field="records-all">
        {t("sweep_records_all")}
      </p>
      <p class="muted">{t("sweep_required_note")}</p>
      <TextField
        id="sweep-name"
        required
        name="name"
        label={t("sweep_name")}
        value={name}
        onValue={setName}
        maxLength={200}
      />
      <TextField
        id="sweep-inspector"
        required
        name="inspectorId"
        label={t("sweep_inspector")}
        value={inspectorId}
        onValue={setInspectorId}
        maxLength={100}
      />
      <TextField
        id="sweep-unit"
        required
        name="unit"
        label={t("sweep_unit")}
        value={unit}
        onValue={setUnit}
        maxLength={200}
      />
      <TextAreaField
        id="sweep-purpose"
        name="purpose"
        label={t("sweep_purpose")}
        maxLength={1000}
        value={purpose}
        onValue={setPurpose}
      />
      {error && (
        <p class="error" role="alert">
          {t("sweep_start_invalid")}
        </p>
      )}
      <p>
        <button type="submit" data-action="start-sweep">
          {t("sweep_start")}
        </button>{" "}
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t("sweep_cancel")}
          </button>
        )}
      </p>
    </form>
  );
}
