from typing import Any, List, Optional


def queryPath(doc: Any, path: str) -> Optional[List[Any]]:
    pass
