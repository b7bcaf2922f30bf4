from typing import List


def fireTimes(mode: str, events: List[int], waitMs: int) -> List[int]:
    pass
