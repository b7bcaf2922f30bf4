/**
 * The evaluation harness's arithmetic: key-point precision/recall/F1 over all
 * (answer, key point) decisions, misconception detection figures, the highest score
 * given to a wrong or off-topic answer, and latency percentiles.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/** Adds one predicted set against one true set of indices. */
export function countSets(counts: Counts, predicted: Iterable<number>, truth: Iterable<number>): Counts {
  const p = new Set(predicted);
  const t = new Set(truth);
  for (const i of p) if (t.has(i)) counts.tp++;
  else counts.fp++;
  for (const i of t) if (!p.has(i)) counts.fn++;
  return counts;
}

export function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Threshold on one signal maximising F1 (used to report each signal alone). */
export function bestThreshold(scores: number[], labels: boolean[]): number {
  const candidates = [...new Set(scores)].sort((a, b) => a - b);
  let best = { t: 1, f1: -1 };
  for (const t of candidates) {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    scores.forEach((s, i) => {
      if (s >= t && labels[i]) c.tp++;
      else if (s >= t) c.fp++;
      else if (labels[i]) c.fn++;
    });
    const f1 = prf(c).f1;
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

export function thresholdCounts(scores: number[], labels: boolean[], t: number): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  scores.forEach((s, i) => {
    if (s >= t && labels[i]) c.tp++;
    else if (s >= t) c.fp++;
    else if (labels[i]) c.fn++;
  });
  return c;
}

/**
 * Average precision (area under the precision–recall curve) of scores against labels:
 * a threshold-free summary used to compare designs in cross-validation, steadier than
 * F1 at one threshold on a few hundred positives.
 */
export function averagePrecision(scores: number[], labels: boolean[]): number {
  const order = scores.map((s, i) => [s, labels[i] ? 1 : 0] as const).sort((a, b) => b[0] - a[0]);
  const positives = order.reduce((n, [, y]) => n + y, 0);
  if (!positives) return 0;
  let tp = 0;
  let sum = 0;
  order.forEach(([, y], k) => {
    if (y) {
      tp++;
      sum += tp / (k + 1);
    }
  });
  return sum / positives;
}
