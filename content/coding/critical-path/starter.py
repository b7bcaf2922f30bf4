from typing import Any, Dict, List, Optional


def criticalPath(tasks: List[list], deps: List[List[str]]) -> Optional[Dict[str, Any]]:
    pass
