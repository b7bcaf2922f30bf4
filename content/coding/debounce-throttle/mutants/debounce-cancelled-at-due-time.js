// Lets a call arriving exactly at the due time cancel the debounce timer.
function fireTimes(mode, events, waitMs) {
  const fires = [];
  if (mode === "debounce") {
    for (let i = 0; i < events.length; i++) {
      const due = events[i] + waitMs;
      // the next call cancels the timer only if it arrives strictly before it is due
      if (i === events.length - 1 || events[i + 1] > due) fires.push(due);
    }
    return fires;
  }
  let last = null; // time of the last run
  let pending = false;
  for (const e of events) {
    if (pending && last + waitMs <= e) {
      last += waitMs;
      fires.push(last);
      pending = false;
    }
    if (last === null || (!pending && e >= last + waitMs)) {
      last = e;
      fires.push(e);
    } else {
      pending = true;
    }
  }
  if (pending) fires.push(last + waitMs);
  return fires;
}
