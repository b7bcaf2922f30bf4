from bisect import bisect_right
from typing import List


def maxRevenue(bookings: List[List[int]]) -> int:
    items = sorted(bookings, key=lambda b: b[1])
    ends = [b[1] for b in items]
    best = [0] * (len(items) + 1)  # best[i]: best revenue using the first i bookings by end time
    for i, (start, _, revenue) in enumerate(items, 1):
        p = bisect_right(ends, start, 0, i - 1)  # bookings ending at or before start
        best[i] = max(best[i - 1], revenue + best[p])
    return best[-1]
