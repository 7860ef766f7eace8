/**
 * Pure helpers of the planning studio (tested in Node): figures in words, the classes and colours
 * of the demand map and heat table, the hour-of-week grid, and the chart data of on duty against
 * required.
 */
import type { Estimate } from './types';

/** Monday first, as the server's hour of week (hour 0: Monday 00:00–00:59). */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A sequential palette, light to dark (ColorBrewer PuBu, 5 classes). */
export const HEAT_COLOURS = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'] as const;

const DARK_TEXT = '#0b0c0c';
const LIGHT_TEXT = '#ffffff';

/** "78.3 %", or "–" when there is no figure. */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '–' : `${(share * 100).toFixed(digits)} %`;
}

/** A number with thousands separators and fixed decimals, or "–". */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A whole number as is, a fraction to one decimal ("7", "6.6"). */
export function formatCount(value: number | null | undefined): string {
  return formatNumber(value, value !== null && value !== undefined && Number.isInteger(value) ? 0 : 1);
}

/** "+2", "−1", "0". */
export function formatDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0';
}

/**
 * An estimate in words: "78.3 % (95 % CI 75.1 % to 81.5 %)"; "–" when undefined; no interval with
 * one replication. The interval is clipped to what the measure can be — 0 to 100 % for a share, at
 * least 0 for counts and minutes — since Student's t over few replications can reach past both.
 */
export function formatEstimate(estimate: Estimate | null | undefined, options: { percent?: boolean; digits?: number } = {}): string {
  if (!estimate || estimate.mean === null) return '–';
  const show = (value: number) => (options.percent ? formatPercent(value, options.digits ?? 1) : formatNumber(value, options.digits ?? 1));
  if (estimate.lower === null || estimate.upper === null) return show(estimate.mean);
  const lower = Math.max(0, estimate.lower);
  const upper = options.percent ? Math.min(1, estimate.upper) : estimate.upper;
  return `${show(estimate.mean)} (95 % CI ${show(lower)} to ${show(upper)})`;
}

/**
 * Upper bounds of `classes` classes holding about equal numbers of the positive values (quantiles),
 * ascending and distinct; the last is the maximum. Empty when there are no positive values.
 */
export function quantileBreaks(values: readonly number[], classes = HEAT_COLOURS.length): number[] {
  const sorted = values.filter((value) => value > 0 && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k <= classes; k += 1) {
    const value = sorted[Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / classes) - 1)]!;
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  return breaks;
}

/**
 * Upper bounds of `classes` equal steps from 0 to the largest value: for a table whose figures
 * are close together (a flat week), where quantile classes would paint small differences as large.
 */
export function equalBreaks(values: readonly number[], classes = HEAT_COLOURS.length): number[] {
  const largest = Math.max(0, ...values.filter((value) => Number.isFinite(value)));
  if (largest <= 0) return [];
  return Array.from({ length: classes }, (_, k) => (largest * (k + 1)) / classes);
}

/** The class of `value` for `breaks` (0 … breaks.length − 1), or −1 for none (zero or no data). */
export function classOf(value: number, breaks: readonly number[]): number {
  if (!(value > 0)) return -1;
  const index = breaks.findIndex((limit) => value <= limit);
  return index === -1 ? breaks.length - 1 : index;
}

/** The palette colour of a class, spread over the palette when there are fewer classes than colours. */
export function colourOfClass(index: number, classes: number): string {
  if (index < 0) return '#ffffff';
  if (classes <= 1) return HEAT_COLOURS[HEAT_COLOURS.length - 1]!;
  return HEAT_COLOURS[Math.round((index * (HEAT_COLOURS.length - 1)) / (classes - 1))]!;
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function textOn(background: string): string {
  return contrastRatio(DARK_TEXT, background) >= contrastRatio(LIGHT_TEXT, background) ? DARK_TEXT : LIGHT_TEXT;
}

/** 168 hourly values as 7 days × 24 hours, Monday first. */
export function hourGrid(perWeek: readonly number[]): number[][] {
  if (perWeek.length !== 168) throw new RangeError(`perWeek: expected 168 values, got ${perWeek.length}`);
  return WEEKDAYS.map((_, day) => perWeek.slice(day * 24, day * 24 + 24));
}

/** uPlot's aligned data for a cover chart: hour of week (0…167), then each series. */
export function coverChartData(series: readonly (readonly number[])[]): number[][] {
  return [Array.from({ length: 168 }, (_, hour) => hour), ...series.map((values) => [...values])];
}

/** "Mon 07:00" for an hour of the week. */
export function hourOfWeekLabel(hour: number): string {
  return `${WEEKDAYS[Math.floor(hour / 24)]!.slice(0, 3)} ${String(hour % 24).padStart(2, '0')}:00`;
}
