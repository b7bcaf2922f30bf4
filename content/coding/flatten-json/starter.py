from typing import Any, Dict


def flattenJson(doc: Dict[str, Any]) -> Dict[str, Any]:
    pass
