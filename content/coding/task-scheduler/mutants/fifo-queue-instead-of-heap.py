# Uses a FIFO queue of ready tasks instead of always taking the smallest name.
import heapq
from typing import Dict, List


def scheduleTasks(tasks: List[str], deps: List[List[str]]) -> Dict[str, List[str]]:
    pending = {t: 0 for t in tasks}  # unmet prerequisites, counting repeats
    nxt = {t: [] for t in tasks}
    for a, b in deps:
        nxt[a].append(b)
        pending[b] += 1
    from collections import deque
    ready = deque(sorted(t for t, n in pending.items() if n == 0))
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for b in nxt[t]:
            pending[b] -= 1
            if pending[b] == 0:
                ready.append(b)
    done = set(order)
    return {"order": order, "blocked": sorted(t for t in tasks if t not in done)}
