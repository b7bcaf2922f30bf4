# Drops a trailing throttle run still pending at the end.
from typing import List


def fireTimes(mode: str, events: List[int], waitMs: int) -> List[int]:
    fires = []
    if mode == "debounce":
        for i, e in enumerate(events):
            due = e + waitMs
            # the next call cancels the timer only if it arrives strictly before it is due
            if i == len(events) - 1 or events[i + 1] >= due:
                fires.append(due)
        return fires
    last = None  # time of the last run
    pending = False
    for e in events:
        if pending and last + waitMs <= e:
            last += waitMs
            fires.append(last)
            pending = False
        if last is None or (not pending and e >= last + waitMs):
            last = e
            fires.append(e)
        else:
            pending = True
    return fires
