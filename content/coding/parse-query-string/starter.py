from typing import Dict, List


def parseQuery(qs: str) -> Dict[str, List[str]]:
    pass
