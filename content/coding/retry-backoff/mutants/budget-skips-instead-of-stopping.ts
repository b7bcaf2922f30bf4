// Skips a delay that exceeds the budget and keeps going, instead of stopping.
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
        const half = Math.floor(ceil / 2);
        delay = half + Math.floor(randoms[i] * (ceil - half));
        break;
      }
      case "decorrelated":
        delay = Math.min(capMs, baseMs + Math.floor(randoms[i] * (3 * prev - baseMs)));
        prev = delay;
        break;
    }
    if (budgetMs !== null && total + delay > budgetMs) continue;
    total += delay;
    delays.push(delay);
  }
  return delays;
}
