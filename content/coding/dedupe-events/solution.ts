function dedupeEvents(events: [string, number][], windowMs: number): number[] {
  const lastKept = new Map<string, number>(); // id -> timestamp of the last kept event
  const kept: number[] = [];
  events.forEach(([id, t], i) => {
    const prev = lastKept.get(id);
    if (prev !== undefined && t - prev < windowMs) return; // duplicate
    lastKept.set(id, t);
    kept.push(i);
  });
  return kept;
}
