import heapq
from bisect import bisect_left
from typing import List


def mergeLogs(sources: List[List[list]], since: int, limit: int) -> List[list]:
    heap = []  # (timestamp, source, position): unique, so ties never compare messages
    for s, lines in enumerate(sources):
        p = bisect_left(lines, since, key=lambda line: line[0])
        if p < len(lines):
            heap.append((lines[p][0], s, p))
    heapq.heapify(heap)
    out = []
    while heap and len(out) < limit:
        t, s, p = heapq.heappop(heap)
        out.append([t, s, sources[s][p][1]])
        if p + 1 < len(sources[s]):
            heapq.heappush(heap, (sources[s][p + 1][0], s, p + 1))
    return out
