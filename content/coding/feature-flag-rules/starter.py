from typing import Any, Dict, Optional


def evaluateRule(rule: str, context: Dict[str, Any]) -> Optional[bool]:
    pass
