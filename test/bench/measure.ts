/** Small timing helpers for the benchmark: medians and percentiles of repeated runs. */
export function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
  /** How it was measured, for the table. */
  note: string;
}

export function atMost(name: string, value: number, unit: string, limit: number, note: string): Figure {
  return { name, value: round(value), unit, target: `<= ${limit}`, ok: value <= limit, note };
}

export function atLeast(name: string, value: number, unit: string, limit: number, note: string): Figure {
  return { name, value: round(value), unit, target: `>= ${limit}`, ok: value >= limit, note };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
