// Sorts latencies with the default sort, which compares them as strings.
function normalizePath(target) {
  const q = target.indexOf("?");
  const path = q >= 0 ? target.slice(0, q) : target;
  let route = path
    .split("/")
    .map((seg) => (/^[0-9]+$/.test(seg) ? ":id" : seg))
    .join("/");
  if (route.length > 1 && route.endsWith("/")) route = route.slice(0, -1);
  return route;
}

function routeStats(lines) {
  let malformed = 0;
  const groups = new Map(); // route -> { latencies, errors }
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
  const routes = [];
  for (const [route, g] of groups) {
    const n = g.latencies.length;
    g.latencies.sort();
    const rank = Math.floor((95 * n + 99) / 100); // ceil(95n/100) in integers
    routes.push({ route, count: n, errorRate: g.errors / n, p95: g.latencies[rank - 1] });
  }
  routes.sort((a, b) => b.count - a.count || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
  return { malformed, routes };
}
