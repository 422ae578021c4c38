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

/**
 * A fill for each level that still tells them apart printed in black and white: solid, diagonal stripes, dots,
 * and an open pattern, each over its colour.
 */
function LevelPatterns() {
  return (
    <defs>
      <pattern id="lv-danger" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={LEVEL_COLOURS.danger} />
      </pattern>
      <pattern
        id="lv-caution"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={LEVEL_COLOURS.caution} />
        <rect width="3" height="6" fill="#fff" opacity="0.55" />
      </pattern>
      <pattern id="lv-official" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={LEVEL_COLOURS.official} />
        <circle cx="3" cy="3" r="1.4" fill="#fff" opacity="0.7" />
      </pattern>
      <pattern id="lv-none" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <path d="M0 6 L6 0" stroke={LEVEL_COLOURS.none} stroke-width="1.2" />
      </pattern>
    </defs>
  );
}

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
        <LevelPatterns />
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
                const count = row.byLevel[level];
                const rect = (
                  <g key={level} data-level={level}>
                    <rect
                      x={x}
                      y={y}
                      width={w}
                      height={BAR}
                      fill={`url(#lv-${level})`}
                      stroke="#3c4043"
                      stroke-width="0.5"
                    />
                    {/* The count on its bar, where it fits: the chart reads without its colours. */}
                    {count > 0 && w >= 22 && (
                      <text
                        x={x + w / 2}
                        y={y + BAR * 0.7}
                        font-size="12"
                        text-anchor="middle"
                        fill="#000"
                        stroke="#fff"
                        stroke-width="3"
                        paint-order="stroke"
                      >
                        {count}
                      </text>
                    )}
                  </g>
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
            {/* The fills are the chart's own (its <defs>), so each id is in the page once. */}
            <svg class="swatch" width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={`url(#lv-${level})`} stroke="#3c4043" stroke-width="0.5" />
            </svg>
            {t(`sweep_level_${level}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
