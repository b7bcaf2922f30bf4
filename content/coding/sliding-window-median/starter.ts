function windowMedians(latencies: number[], k: number): number[] {
  return [];
}
