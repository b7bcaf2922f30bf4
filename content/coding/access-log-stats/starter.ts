type RouteStat = { route: string; count: number; errorRate: number; p95: number };

function routeStats(lines: string[]): { malformed: number; routes: RouteStat[] } {
  return { malformed: 0, routes: [] };
}
