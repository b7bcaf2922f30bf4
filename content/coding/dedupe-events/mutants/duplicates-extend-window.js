// Measures the window from the last seen event, so dropped duplicates extend it.
function dedupeEvents(events, windowMs) {
  const lastKept = new Map(); // id -> timestamp of the last kept event
  const kept = [];
  events.forEach(([id, t], i) => {
    const prev = lastKept.get(id);
    lastKept.set(id, t); // remembers every event, so duplicates extend the window
    if (prev !== undefined && t - prev < windowMs) return;
    kept.push(i);
  });
  return kept;
}
