// Medians with their spread, and the ratios RESULTS.md reports.

/** `{median, min, max, n}` of the finite numbers in `values`, or undefined when there are none. */
export function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** `12.3 (10.1–15.0)`: median with min–max. */
export function fmt(summary, digits = 0, unit = '') {
  if (!summary) return 'n/a';
  const f = (v) => `${v.toFixed(digits)}${unit}`;
  return summary.min === summary.max ? f(summary.median) : `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}

/** Ours ÷ baseline, as `0.62×`. */
export function ratio(ours, baseline) {
  const a = ours?.median ?? ours;
  const b = baseline?.median ?? baseline;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return 'n/a';
  return `${(a / b).toFixed(2)}×`;
}
