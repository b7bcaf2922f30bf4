// Leading-edge-only throttle: collapsed calls never produce a trailing run.
function fireTimes(mode: "debounce" | "throttle", events: number[], waitMs: number): number[] {
  const fires: number[] = [];
  if (mode === "debounce") {
    for (let i = 0; i < events.length; i++) {
      const due = events[i] + waitMs;
      // the next call cancels the timer only if it arrives strictly before it is due
      if (i === events.length - 1 || events[i + 1] >= due) fires.push(due);
    }
    return fires;
  }
  let last: number | null = null;
  for (const e of events) {
    if (last === null || e >= last + waitMs) {
      last = e;
      fires.push(e);
    }
  }
  return fires;
}
