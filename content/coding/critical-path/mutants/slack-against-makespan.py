# Computes slack as makespan - EF, ignoring the deadlines of successors.
from collections import deque
from typing import Any, Dict, List, Optional


def criticalPath(tasks: List[list], deps: List[List[str]]) -> Optional[Dict[str, Any]]:
    duration = {name: d for name, d in tasks}
    preds = {name: [] for name in duration}
    succs = {name: [] for name in duration}
    indegree = dict.fromkeys(duration, 0)
    for a, b in deps:
        preds[b].append(a)
        succs[a].append(b)
        indegree[b] += 1

    # Kahn's algorithm: any order works for the times; a cycle leaves tasks unvisited
    order = []
    queue = deque(t for t in duration if indegree[t] == 0)
    while queue:
        t = queue.popleft()
        order.append(t)
        for s in succs[t]:
            indegree[s] -= 1
            if indegree[s] == 0:
                queue.append(s)
    if len(order) != len(duration):
        return None

    es, ef = {}, {}
    for t in order:
        es[t] = max((ef[p] for p in preds[t]), default=0)
        ef[t] = es[t] + duration[t]
    makespan = max(ef.values(), default=0)

    slack = {t: makespan - ef[t] for t in duration}  # ignores successors' deadlines

    path = []
    if duration:
        cur = min(t for t in duration if ef[t] == makespan)
        while cur is not None:
            path.append(cur)
            tight = [p for p in preds[cur] if ef[p] == es[cur]]
            cur = min(tight) if tight else None
        path.reverse()
    return {"makespan": makespan, "path": path, "slack": slack}
