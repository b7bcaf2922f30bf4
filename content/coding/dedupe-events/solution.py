from typing import List


def dedupeEvents(events: List[list], windowMs: int) -> List[int]:
    last_kept = {}  # id -> timestamp of the last kept event
    kept = []
    for i, (event_id, t) in enumerate(events):
        prev = last_kept.get(event_id)
        if prev is not None and t - prev < windowMs:
            continue  # duplicate
        last_kept[event_id] = t
        kept.append(i)
    return kept
