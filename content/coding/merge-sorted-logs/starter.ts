type Line = [timestamp: number, message: string];

function mergeLogs(sources: Line[][], since: number, limit: number): [number, number, string][] {
  return [];
}
