import type { Screenshot } from "@/utils/capture/screenshot-schema";
import { useI18n } from "./i18n-context";

export type ShotState =
  | { kind: "capturing" }
  | { kind: "attached"; screenshot: Screenshot }
  | { kind: "missing"; error: "permission" | "not_visible" | "failed"; detail: string };

/** The screenshot evidence: the image itself, its size and hash, and what to do when there is none. */
export function ScreenshotField(props: {
  shot: ShotState;
  attach: boolean;
  onAttach: (attach: boolean) => void;
  onRetake: () => void;
  onAllow: () => void;
}) {
  const { t } = useI18n();
  const { shot } = props;
  return (
    <fieldset class="shot" data-shot={shot.kind}>
      <legend>{t("report_shot")}</legend>
      {shot.kind === "capturing" && <p class="muted">{t("report_shot_capturing")}</p>}
      {shot.kind === "attached" && (
        <>
          <label class="check">
            <input
              type="checkbox"
              name="attach-screenshot"
              checked={props.attach}
              onChange={(e) => props.onAttach(e.currentTarget.checked)}
            />
            {t("report_shot_attach")}
          </label>
          {props.attach && (
            <>
              <img
                class="shot-image"
                alt={t("report_shot_alt")}
                src={`data:image/jpeg;base64,${shot.screenshot.data}`}
              />
              <p class="muted" data-field="screenshot-info">
                {t(
                  "report_shot_info",
                  shot.screenshot.width,
                  shot.screenshot.height,
                  Math.round((shot.screenshot.data.length * 3) / 4 / 1024),
                  shot.screenshot.sha256.slice(0, 12),
                )}
              </p>
            </>
          )}
        </>
      )}
      {shot.kind === "missing" && (
        <p class="muted" role="status">
          {shot.error === "permission"
            ? t("report_shot_permission")
            : shot.error === "not_visible"
              ? t("report_shot_not_visible")
              : t("report_shot_failed", shot.detail)}
        </p>
      )}
      <div class="actions actions--start">
        {shot.kind === "missing" && shot.error === "permission" && (
          <button type="button" class="secondary" data-action="allow-screenshot" onClick={props.onAllow}>
            {t("report_shot_allow")}
          </button>
        )}
        {/* Again only once there was a picture, or a capture that may work on a second try. */}
        {(shot.kind === "attached" || (shot.kind === "missing" && shot.error !== "permission")) && (
          <button type="button" class="secondary" data-action="retake" onClick={props.onRetake}>
            {t("report_shot_retake")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
