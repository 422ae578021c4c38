import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../api";
import { useI18n } from "../i18n";

export type Loaded<T> =
  | { kind: "loading" }
  | { kind: "ok"; value: T }
  | { kind: "error"; status: number; reason: string };

/** Loads from the API when `key` changes; `reload` loads again. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => (s.kind === "ok" ? s : { kind: "loading" }));
    load().then(
      (value) => live && setState({ kind: "ok", value }),
      (e: unknown) =>
        live &&
        setState({
          kind: "error",
          status: e instanceof ApiError ? e.status : 0,
          reason: e instanceof Error ? e.message : String(e),
        }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  return [state, () => setRound((r) => r + 1)];
}

/** What to show while loading or after an error. */
export function NotLoaded({ state }: { state: Exclude<Loaded<unknown>, { kind: "ok" }> }) {
  const { t } = useI18n();
  if (state.kind === "loading") return <p class="muted">{t("loading")}</p>;
  if (state.status === 403)
    return (
      <p class="warn" role="alert">
        {t("forbidden")}
      </p>
    );
  if (state.status === 404)
    return (
      <p class="warn" role="alert">
        {t("not_found")}
      </p>
    );
  return (
    <p class="warn" role="alert">
      {t("error", state.reason)}
    </p>
  );
}

/** A message after an action: success or the API's reason. */
export function Outcome({ text, error }: { text?: string; error?: string }) {
  if (error)
    return (
      <p class="warn" role="alert" data-field="outcome">
        {error}
      </p>
    );
  if (text)
    return (
      <p class="ok" role="status" data-field="outcome">
        {text}
      </p>
    );
  return null;
}
