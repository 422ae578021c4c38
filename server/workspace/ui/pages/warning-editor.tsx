import { useState } from "preact/hooks";
import type { WarningInput } from "../../../warnings/warning-input";
import type { OfficeWarning } from "../../../warnings/warnings";
import { ApiError, api } from "../api";
import { useI18n } from "../i18n";
import { useMe } from "../me";
import { navigate, onLinkClick } from "../navigation";
import { NotLoaded, Outcome, useLoad } from "../parts/ask";
import { WarningForm } from "../parts/warning-form";

/** A new warning written by hand, or an existing one changed. */
export function WarningEditor({ id }: { id?: string }) {
  const { t } = useI18n();
  const me = useMe();
  const [state] = useLoad(
    () => (id ? api<OfficeWarning & { input: WarningInput }>(`/warnings/${id}`) : Promise.resolve(undefined)),
    id ?? "new",
  );
  const [outcome, setOutcome] = useState<{ text?: string; error?: string }>({});
  const save = async (input: WarningInput) => {
    try {
      await api(id ? `/warnings/${id}` : "/warnings", { method: id ? "PUT" : "POST", body: input });
      setOutcome({ text: t("w_saved") });
      navigate("/workspace/warnings");
    } catch (e) {
      setOutcome({ error: e instanceof ApiError ? e.reason : String(e) });
    }
  };
  return (
    <section>
      <a href="/workspace/warnings" onClick={(e) => onLinkClick(e, "/workspace/warnings")}>
        ← {t("w_title")}
      </a>
      <h1>{id ? `${t("w_edit")} ${id}` : t("w_new")}</h1>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : (
        <WarningForm initial={state.value?.input ?? {}} officeName={me.office.name} onSubmit={save} />
      )}
      <Outcome {...outcome} />
    </section>
  );
}
