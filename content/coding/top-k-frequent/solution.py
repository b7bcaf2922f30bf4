import heapq
from collections import Counter
from typing import List, Tuple


def topKFrequent(items: List[str], k: int) -> List[Tuple[str, int]]:
    counts = Counter(items)
    # nsmallest on (-count, item) is O(d log k) and applies the tie-break directly
    best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [[item, count] for item, count in best]
