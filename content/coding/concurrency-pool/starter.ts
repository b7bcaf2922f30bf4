function runPool(durations: number[], limit: number): { finish: number[]; order: number[]; makespan: number } {
  return { finish: [], order: [], makespan: 0 };
}
