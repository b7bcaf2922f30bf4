import heapq
from collections import defaultdict
from typing import List


def windowMedians(latencies: List[int], k: int) -> List[int]:
    lo = []  # max-heap (negated values): the lower half, median on top
    hi = []  # min-heap: the upper half
    delayed = defaultdict(int)  # value -> pending lazy deletions
    sizes = [0, 0]  # live elements in lo, hi

    def prune(heap, sign):
        while heap and delayed[sign * heap[0]] > 0:
            delayed[sign * heap[0]] -= 1
            heapq.heappop(heap)

    def rebalance():
        if sizes[0] > sizes[1] + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
            sizes[0] -= 1
            sizes[1] += 1
            prune(lo, -1)
        elif sizes[0] < sizes[1]:
            heapq.heappush(lo, -heapq.heappop(hi))
            sizes[1] -= 1
            sizes[0] += 1
            prune(hi, 1)

    def insert(x):
        if not lo or x <= -lo[0]:
            heapq.heappush(lo, -x)
            sizes[0] += 1
        else:
            heapq.heappush(hi, x)
            sizes[1] += 1
        rebalance()

    def remove(x):
        delayed[x] += 1
        if x <= -lo[0]:
            sizes[0] -= 1
            if x == -lo[0]:
                prune(lo, -1)
        else:
            sizes[1] -= 1
            if hi and x == hi[0]:
                prune(hi, 1)
        rebalance()

    out = []
    for i, x in enumerate(latencies):
        insert(x)
        if i >= k:
            remove(latencies[i - k])
        if i >= k - 1:
            out.append(-lo[0])
    return out
