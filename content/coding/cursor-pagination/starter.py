from typing import Any, Dict, List, Optional


def paginate(items: List[List[int]], pageSize: int, cursor: Optional[str]) -> Dict[str, Any]:
    pass
