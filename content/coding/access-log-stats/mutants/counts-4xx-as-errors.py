# Counts 4xx responses as errors too (status >= 400 instead of >= 500).
import re
from typing import Any, Dict, List

METHOD = re.compile(r"[A-Z]+")
STATUS = re.compile(r"[1-5][0-9][0-9]")
DIGITS = re.compile(r"[0-9]+")


def normalize_path(target: str) -> str:
    path = target.split("?", 1)[0]
    route = "/".join(":id" if DIGITS.fullmatch(seg) else seg for seg in path.split("/"))
    if len(route) > 1 and route.endswith("/"):
        route = route[:-1]
    return route


def routeStats(lines: List[str]) -> Dict[str, Any]:
    malformed = 0
    groups = {}  # route -> [latencies, errors]
    for line in lines:
        f = line.split()
        if (
            len(f) != 5
            or not METHOD.fullmatch(f[1])
            or not f[2].startswith("/")
            or not STATUS.fullmatch(f[3])
            or not DIGITS.fullmatch(f[4])
        ):
            malformed += 1
            continue
        g = groups.setdefault(f"{f[1]} {normalize_path(f[2])}", [[], 0])
        g[0].append(int(f[4]))
        if int(f[3]) >= 400:
            g[1] += 1
    routes = []
    for route, (latencies, errors) in groups.items():
        n = len(latencies)
        latencies.sort()
        rank = (95 * n + 99) // 100  # ceil(95n/100) in integers
        routes.append({"route": route, "count": n, "errorRate": errors / n, "p95": latencies[rank - 1]})
    routes.sort(key=lambda r: (-r["count"], r["route"]))
    return {"malformed": malformed, "routes": routes}
