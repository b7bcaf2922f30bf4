type Strategy = "none" | "full" | "equal" | "decorrelated";

function retryDelays(
  baseMs: number,
  capMs: number,
  retries: number,
  strategy: Strategy,
  randoms: number[],
  budgetMs: number | null,
): number[] {
  return [];
}
