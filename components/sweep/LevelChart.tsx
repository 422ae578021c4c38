import type { Level } from "@/utils/matching/verdict";
import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { SweepSummary } from "@/utils/sweep/summary";
import { LEVELS } from "@/utils/sweep/summary";
import { useI18n } from "../i18n-context";

export const LEVEL_COLOURS: Record<Level, string> = {
  danger: "#b3261e",
  caution: "#b06000",
  none: "#9aa0a6",
  official: "#1e7b34",
};

const BAR = 22;
const GAP = 10;
const LABEL = 90;
const WIDTH = 560;

/** Listings per platform as stacked bars by level, in SVG so that it prints sharp. */
export function LevelChart({ summary }: { summary: SweepSummary }) {
  const { t } = useI18n();
  const rows = summary.byPlatform;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const scale = (WIDTH - LABEL - 60) / max;
  const height = rows.length * (BAR + GAP);
  return (
    <figure class="level-chart">
      <svg
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t("summary_chart_label")}
      >
        {rows.map((row, i) => {
          let x = LABEL;
          const y = i * (BAR + GAP);
          return (
            <g key={row.platform} data-platform={row.platform}>
              <text x={0} y={y + BAR * 0.7} font-size="13">
                {PLATFORM_LABELS[row.platform]}
              </text>
              {LEVELS.map((level) => {
                const w = row.byLevel[level] * scale;
                const rect = (
                  <rect key={level} x={x} y={y} width={w} height={BAR} fill={LEVEL_COLOURS[level]} />
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + BAR * 0.7} font-size="13">
                {row.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="chart-legend">
        {LEVELS.map((level) => (
          <span key={level}>
            <span class="swatch" style={{ background: LEVEL_COLOURS[level] }} aria-hidden="true" />
            {t(`sweep_level_${level}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
