# Carries the uncapped delay as prev in decorrelated jitter.
import math
from typing import List, Optional


def retryDelays(baseMs: int, capMs: int, retries: int, strategy: str, randoms: List[float], budgetMs: Optional[int]) -> List[int]:
    delays = []
    prev = baseMs
    total = 0
    for i in range(retries):
        # stop doubling once past the cap so huge i stays cheap
        ceil = capMs if i >= 64 else min(capMs, baseMs * 2**i)
        if strategy == "none":
            delay = ceil
        elif strategy == "full":
            delay = math.floor(randoms[i] * ceil)
        elif strategy == "equal":
            half = ceil // 2
            delay = half + math.floor(randoms[i] * (ceil - half))
        elif strategy == "decorrelated":
            prev = baseMs + math.floor(randoms[i] * (3 * prev - baseMs))
            delay = min(capMs, prev)
        else:
            raise ValueError(f"unknown strategy {strategy}")
        if budgetMs is not None and total + delay > budgetMs:
            break
        total += delay
        delays.append(delay)
    return delays
