function scheduleTasks(tasks: string[], deps: [string, string][]): { order: string[]; blocked: string[] } {
  return { order: [], blocked: [] };
}
