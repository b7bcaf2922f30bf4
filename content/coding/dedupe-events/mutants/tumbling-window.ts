// Clears all ids every windowMs (tumbling window) instead of a per-id window.
function dedupeEvents(events: [string, number][], windowMs: number): number[] {
  const lastKept = new Map<string, number>();
  let windowStart = -Infinity; // clears all ids when a window of windowMs has passed (tumbling window)
  const kept: number[] = [];
  events.forEach(([id, t], i) => {
    if (t - windowStart >= windowMs) {
      lastKept.clear();
      windowStart = t;
    }
    const prev = lastKept.get(id);
    if (prev !== undefined && t - prev < windowMs) return; // duplicate
    lastKept.set(id, t);
    kept.push(i);
  });
  return kept;
}
