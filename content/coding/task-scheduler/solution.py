import heapq
from typing import Dict, List


def scheduleTasks(tasks: List[str], deps: List[List[str]]) -> Dict[str, List[str]]:
    pending = {t: 0 for t in tasks}  # unmet prerequisites, counting repeats
    nxt = {t: [] for t in tasks}
    for a, b in deps:
        nxt[a].append(b)
        pending[b] += 1
    ready = [t for t, n in pending.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for b in nxt[t]:
            pending[b] -= 1
            if pending[b] == 0:
                heapq.heappush(ready, b)
    done = set(order)
    return {"order": order, "blocked": sorted(t for t in tasks if t not in done)}
