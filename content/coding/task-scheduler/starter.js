/**
 * @param {string[]} tasks
 * @param {[string, string][]} deps
 * @returns {{ order: string[], blocked: string[] }}
 */
function scheduleTasks(tasks, deps) {}
