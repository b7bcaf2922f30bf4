// Does not strip the trailing slash, so /users/1/ and /users/1 are different routes.
type RouteStat = { route: string; count: number; errorRate: number; p95: number };

function normalizePath(target: string): string {
  const q = target.indexOf("?");
  const path = q >= 0 ? target.slice(0, q) : target;
  let route = path
    .split("/")
    .map((seg) => (/^[0-9]+$/.test(seg) ? ":id" : seg))
    .join("/");
  return route;
}

function routeStats(lines: string[]): { malformed: number; routes: RouteStat[] } {
  let malformed = 0;
  const groups = new Map<string, { latencies: number[]; errors: number }>();
  for (const line of lines) {
    const f = line.trim().split(/\s+/);
    if (
      f.length !== 5 ||
      !/^[A-Z]+$/.test(f[1]) ||
      !f[2].startsWith("/") ||
      !/^[1-5][0-9][0-9]$/.test(f[3]) ||
      !/^[0-9]+$/.test(f[4])
    ) {
      malformed++;
      continue;
    }
    const route = `${f[1]} ${normalizePath(f[2])}`;
    let g = groups.get(route);
    if (!g) groups.set(route, (g = { latencies: [], errors: 0 }));
    g.latencies.push(Number(f[4]));
    if (Number(f[3]) >= 500) g.errors++;
  }
  const routes: RouteStat[] = [];
  for (const [route, g] of groups) {
    const n = g.latencies.length;
    g.latencies.sort((a, b) => a - b);
    const rank = Math.floor((95 * n + 99) / 100); // ceil(95n/100) in integers
    routes.push({ route, count: n, errorRate: g.errors / n, p95: g.latencies[rank - 1] });
  }
  routes.sort((a, b) => b.count - a.count || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
  return { malformed, routes };
}
