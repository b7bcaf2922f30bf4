/**
 * @param {[string, number][]} tasks
 * @param {[string, string][]} deps
 * @returns {{ makespan: number, path: string[], slack: Record<string, number> } | null}
 */
function criticalPath(tasks, deps) {}
