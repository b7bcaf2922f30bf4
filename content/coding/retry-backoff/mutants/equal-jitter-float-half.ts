// Computes equal jitter with a fractional half (ceil / 2 as a float).
type Strategy = "none" | "full" | "equal" | "decorrelated";

function retryDelays(
  baseMs: number,
  capMs: number,
  retries: number,
  strategy: Strategy,
  randoms: number[],
  budgetMs: number | null,
): number[] {
  const delays: number[] = [];
  let prev = baseMs;
  let total = 0;
  for (let i = 0; i < retries; i++) {
    // 2 ** i overflows to Infinity for large i, and min() still gives capMs
    const ceil = Math.min(capMs, baseMs * 2 ** i);
    let delay: number;
    switch (strategy) {
      case "none":
        delay = ceil;
        break;
      case "full":
        delay = Math.floor(randoms[i] * ceil);
        break;
      case "equal": {
        delay = Math.floor(ceil / 2 + randoms[i] * (ceil / 2));
        break;
      }
      case "decorrelated":
        delay = Math.min(capMs, baseMs + Math.floor(randoms[i] * (3 * prev - baseMs)));
        prev = delay;
        break;
    }
    if (budgetMs !== null && total + delay > budgetMs) break;
    total += delay;
    delays.push(delay);
  }
  return delays;
}
