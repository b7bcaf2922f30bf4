# Treats a kept event at timestamp 0 as never seen (truthiness check).
from typing import List


def dedupeEvents(events: List[list], windowMs: int) -> List[int]:
    last_kept = {}  # id -> timestamp of the last kept event
    kept = []
    for i, (event_id, t) in enumerate(events):
        prev = last_kept.get(event_id)
        if prev and t - prev < windowMs:  # a kept event at timestamp 0 is falsy
            continue  # duplicate
        last_kept[event_id] = t
        kept.append(i)
    return kept
