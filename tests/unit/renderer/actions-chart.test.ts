import { barSlots, niceMax, ticks, valueY, type Plot } from '../../../renderer/features/actions/chart';

const plot: Plot = { width: 500, height: 300, left: 50, right: 50, top: 20, bottom: 80 };

describe('chart scaling', () => {
  test('the value axis tops out at a round number', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(9)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(Number.NaN)).toBe(1);
  });

  test('ticks are whole numbers from 0 to the top', () => {
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(20)).toEqual([0, 4, 8, 12, 16, 20]);
  });

  test('values map onto the plot: 0 on the baseline, the top at the top, out-of-range clamped', () => {
    expect(valueY(plot, 0, 10)).toBe(220);
    expect(valueY(plot, 10, 10)).toBe(20);
    expect(valueY(plot, 5, 10)).toBe(120);
    expect(valueY(plot, 50, 10)).toBe(20);
    expect(valueY(plot, -1, 10)).toBe(220);
  });

  test('bars share each category slot side by side, inside the plot', () => {
    const slots = barSlots(plot, 4, 2);
    expect(slots).toHaveLength(4);
    expect(slots[0]?.centre).toBe(100);
    const first = slots[0]?.bars ?? [];
    expect(first).toHaveLength(2);
    expect(first[0]?.width).toBeCloseTo(37.5);
    expect((first[1]?.x ?? 0) - (first[0]?.x ?? 0)).toBeCloseTo(37.5);
    const last = slots[3]?.bars[1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(plot.width - plot.right);
    expect(barSlots(plot, 0, 2)).toEqual([]);
  });
});
