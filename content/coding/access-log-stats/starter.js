/**
 * @param {string[]} lines
 * @returns {{ malformed: number, routes: { route: string, count: number, errorRate: number, p95: number }[] }}
 */
function routeStats(lines) {}
