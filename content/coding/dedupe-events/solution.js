function dedupeEvents(events, windowMs) {
  const lastKept = new Map(); // id -> timestamp of the last kept event
  const kept = [];
  events.forEach(([id, t], i) => {
    const prev = lastKept.get(id);
    if (prev !== undefined && t - prev < windowMs) return; // duplicate
    lastKept.set(id, t);
    kept.push(i);
  });
  return kept;
}
