from typing import Any, Dict, List


def deepDiff(a: Any, b: Any) -> List[Dict[str, Any]]:
    pass
