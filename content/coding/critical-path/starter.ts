type Plan = { makespan: number; path: string[]; slack: Record<string, number> };

function criticalPath(tasks: [string, number][], deps: [string, string][]): Plan | null {
  return null;
}
