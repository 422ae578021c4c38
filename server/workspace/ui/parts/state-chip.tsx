import { useI18n } from "../i18n";

export function StateChip({ state }: { state: "received" | "in_review" | "action_taken" | "declined" }) {
  const { t } = useI18n();
  return (
    <span class={`chip chip--${state}`} data-state={state}>
      {t(`state_${state}`)}
    </span>
  );
}
