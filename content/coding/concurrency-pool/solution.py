import heapq
from typing import Dict, List, Union


def runPool(durations: List[int], limit: int) -> Dict[str, Union[int, List[int]]]:
    finish = []
    slots = []  # min-heap of the free time of each busy slot
    for d in durations:
        if len(slots) < limit:
            end = d
            heapq.heappush(slots, end)
        else:
            end = slots[0] + d  # starts when the earliest slot frees
            heapq.heapreplace(slots, end)
        finish.append(end)
    order = sorted(range(len(durations)), key=lambda i: (finish[i], i))
    return {"finish": finish, "order": order, "makespan": max(slots, default=0)}
