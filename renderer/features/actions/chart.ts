/**
 * Scaling for the dashboard's bar charts: a round top for the value axis, its tick values, and
 * where each bar goes. Pure arithmetic, unit-tested.
 */

/** The smallest 1, 2 or 5 × 10ⁿ at or above the largest value (at least 1), so ticks are whole numbers. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Whole-number ticks from 0 to top inclusive, at most `most + 1` of them. */
export function ticks(top: number, most = 5): number[] {
  const step = Math.max(1, Math.ceil(top / most));
  const values: number[] = [];
  for (let v = 0; v <= top; v += step) values.push(v);
  if (values[values.length - 1] !== top) values.push(top);
  return values;
}

export interface Plot {
  width: number;
  height: number;
  /** Space for the value axis labels on the left and the category labels underneath. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** The vertical position of a value: 0 sits on the baseline, `max` at the top of the plot. */
export function valueY(plot: Plot, value: number, max: number): number {
  const inner = plot.height - plot.top - plot.bottom;
  const clamped = Math.max(0, Math.min(value, max));
  return plot.top + inner - (max === 0 ? 0 : (clamped / max) * inner);
}

export interface BarSlot {
  /** The centre of the category's slot, for its label. */
  centre: number;
  /** One rectangle per series, left to right. */
  bars: Array<{ x: number; width: number }>;
}

/**
 * Divides the plot's width into one slot per category, each holding `series` bars side by side
 * with a gap between categories (a quarter of the slot).
 */
export function barSlots(plot: Plot, categories: number, series: number): BarSlot[] {
  if (categories <= 0 || series <= 0) return [];
  const inner = plot.width - plot.left - plot.right;
  const slot = inner / categories;
  const groupWidth = slot * 0.75;
  const barWidth = groupWidth / series;
  return Array.from({ length: categories }, (_, i) => {
    const start = plot.left + i * slot + (slot - groupWidth) / 2;
    return {
      centre: plot.left + i * slot + slot / 2,
      bars: Array.from({ length: series }, (_, s) => ({ x: start + s * barWidth, width: barWidth })),
    };
  });
}

/** A category label in lines of at most `maxChars` (whole words), so a long one ("Meeting date not stated") fits its slot. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [label];
}
