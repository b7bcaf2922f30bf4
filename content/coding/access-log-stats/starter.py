from typing import Any, Dict, List


def routeStats(lines: List[str]) -> Dict[str, Any]:
    pass
