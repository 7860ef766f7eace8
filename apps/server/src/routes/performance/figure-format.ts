/**
 * How the dashboard and the progress report write figures, in one place so the PDF says exactly
 * what the API says. Plain ASCII plus "%" (the PDF's standard fonts have no "≤" or "→").
 */
import type { Proportion, SampleSummary } from '@peel/domain';

/** A proportion as a percentage with one decimal: "73.0 %"; "no data" when there is none. */
export function formatPercent(rate: number | null): string {
  return rate === null ? 'no data' : `${(rate * 100).toFixed(1)} %`;
}

/** A number with `digits` decimals; "no data" for null. */
export function formatNumber(value: number | null, digits = 1): string {
  return value === null ? 'no data' : value.toFixed(digits);
}

/** "3 of 5 (95 % CI 23.1 to 88.2 %)", or "none in the period". */
export function describeProportion(proportion: Proportion): string {
  if (proportion.total === 0) return 'none in the period';
  return `${proportion.successes} of ${proportion.total} (95 % CI ${formatPercent(proportion.lower).replace(' %', '')} to ${formatPercent(proportion.upper)})`;
}

/** "mean 16.8 (95 % CI 6.1 to 27.5), median 15.0, over 5", or "none in the period". */
export function describeSample(sample: SampleSummary, unit = ''): string {
  if (sample.count === 0) return 'none in the period';
  const interval = sample.lower === null || sample.upper === null ? '' : ` (95 % CI ${formatNumber(sample.lower)} to ${formatNumber(sample.upper)})`;
  return `mean ${formatNumber(sample.mean)}${unit}${interval}, median ${formatNumber(sample.median)}${unit}, over ${sample.count}`;
}

/** A signed change: "+16.7 points", "-20.0 h", "-0.43". */
export function formatChange(value: number | null, unit: 'proportion' | 'hours' | 'handoffs'): string {
  if (value === null) return 'no data';
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (unit === 'proportion') return `${sign}${(magnitude * 100).toFixed(1)} points`;
  if (unit === 'hours') return `${sign}${magnitude.toFixed(1)} h`;
  return `${sign}${magnitude.toFixed(2)}`;
}
