from typing import List


def dedupeEvents(events: List[list], windowMs: int) -> List[int]:
    pass
