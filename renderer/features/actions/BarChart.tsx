/**
 * A small bar chart in SVG. No chart library: two simple bar charts do not warrant a dependency.
 * The picture has role="img" with a summary for screen readers; the same numbers follow it as a
 * real table (the caller renders it), so nothing is only in the picture.
 */
import { useId } from 'react';
import { barSlots, niceMax, ticks, valueY, wrapLabel, type Plot } from './chart';

export interface Series {
  name: string;
  /** WCAG AA for graphics: at least 3:1 against the white background. */
  colour: string;
  values: number[];
}

const PLOT: Plot = { width: 640, height: 260, left: 48, right: 12, top: 20, bottom: 56 };
/** About how wide a character of the 13px category labels is, in the chart's units. */
const CHAR_WIDTH = 7;

export function BarChart({
  title,
  summary,
  categories,
  series,
  xLabel,
  yLabel,
}: {
  title: string;
  summary: string;
  categories: string[];
  series: Series[];
  xLabel: string;
  yLabel: string;
}) {
  const titleId = useId();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const slots = barSlots(PLOT, categories.length, series.length);
  const baseline = valueY(PLOT, 0, max);
  const slotWidth = slots.length > 1 ? (slots[1]?.centre ?? 0) - (slots[0]?.centre ?? 0) : PLOT.width;
  const maxChars = Math.max(8, Math.floor(slotWidth / CHAR_WIDTH));
  return (
    <figure className="bar-chart">
      <svg
        className="bar-chart__svg"
        viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
        role="img"
        aria-label={summary}
        aria-describedby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        {/* Value axis: grid lines and tick numbers. */}
        {ticks(max).map((t) => {
          const y = valueY(PLOT, t, max);
          return (
            <g key={t} aria-hidden="true">
              <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y} y2={y} stroke={t === 0 ? '#4b5563' : '#d3d8df'} strokeWidth={t === 0 ? 1.5 : 1} />
              <text x={PLOT.left - 8} y={y + 4} textAnchor="end" fontSize="13" fill="#374151">
                {t}
              </text>
            </g>
          );
        })}
        <text
          aria-hidden="true"
          x={14}
          y={PLOT.top + (PLOT.height - PLOT.top - PLOT.bottom) / 2}
          transform={`rotate(-90 14 ${PLOT.top + (PLOT.height - PLOT.top - PLOT.bottom) / 2})`}
          textAnchor="middle"
          fontSize="13"
          fill="#374151"
        >
          {yLabel}
        </text>
        {slots.map((slot, i) => (
          <g key={categories[i]} aria-hidden="true">
            {slot.bars.map((bar, s) => {
              const value = series[s]?.values[i] ?? 0;
              const y = valueY(PLOT, value, max);
              return (
                <g key={series[s]?.name ?? s}>
                  <rect x={bar.x + 1} width={Math.max(0, bar.width - 2)} y={y} height={Math.max(0, baseline - y)} fill={series[s]?.colour} />
                  <text x={bar.x + bar.width / 2} y={y - 4} textAnchor="middle" fontSize="12" fill="#1c2430">
                    {value}
                  </text>
                </g>
              );
            })}
            <text x={slot.centre} y={baseline + 18} textAnchor="middle" fontSize="13" fill="#1c2430">
              {wrapLabel(categories[i] ?? '', maxChars).map((line, n) => (
                <tspan key={n} x={slot.centre} dy={n === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        <text aria-hidden="true" x={PLOT.left + (PLOT.width - PLOT.left - PLOT.right) / 2} y={PLOT.height - 8} textAnchor="middle" fontSize="13" fill="#374151">
          {xLabel}
        </text>
      </svg>
      {series.length > 1 && (
        <figcaption className="bar-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <span key={s.name} className="bar-chart__key">
              <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
                <rect width="14" height="14" fill={s.colour} />
              </svg>
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
