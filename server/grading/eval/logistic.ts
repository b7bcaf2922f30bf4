/**
 * L2-regularised logistic regression by batch gradient descent, and the choice of a
 * decision threshold: small, dependency-free and deterministic (features are 0..1, a
 * few thousand rows), so fitting is reproducible from the committed evaluation set.
 */
import { sigmoid } from "../embedded/model";

export interface LogisticFit {
  weights: number[];
  bias: number;
}

/**
 * `nonPositive`: indexes of features whose weight may not rise above zero (projected
 * gradient descent). Evidence that the answer denies a point must never raise the chance
 * that it covers the point, however the labelled set happens to correlate them.
 */
export function fitLogistic(X: number[][], y: number[], { lambda = 0.0005, rate = 1, iterations = 4000, nonPositive = [] as number[] } = {}): LogisticFit {
  const d = X[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let iter = 0; iter < iterations; iter++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < X.length; i++) {
      const xi = X[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * xi[j]!;
      const err = sigmoid(z) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * xi[j]!;
      gb += err;
    }
    w = w.map((wj, j) => wj - rate * (gw[j]! / X.length + lambda * wj));
    for (const j of nonPositive) w[j] = Math.min(0, w[j]!);
    b -= rate * (gb / X.length);
  }
  return { weights: w, bias: b };
}

export function probabilities(fit: LogisticFit, X: number[][]): number[] {
  return X.map((xi) => sigmoid(xi.reduce((s, v, j) => s + v * (fit.weights[j] ?? 0), fit.bias)));
}

/** The threshold with the best F1 among those keeping precision at or above `minPrecision`. */
export function chooseThreshold(probs: number[], y: number[], minPrecision: number): number {
  let threshold = 0.5;
  let bestF1 = -1;
  for (let k = 30; k <= 90; k++) {
    const t = k / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probs.forEach((p, i) => {
      if (p >= t && y[i]) tp++;
      else if (p >= t) fp++;
      else if (y[i]) fn++;
    });
    const precision = tp / Math.max(1, tp + fp);
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (precision >= minPrecision && f1 > bestF1) {
      bestF1 = f1;
      threshold = t;
    }
  }
  return threshold;
}
