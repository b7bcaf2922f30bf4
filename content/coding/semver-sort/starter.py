from typing import Dict, List


def sortVersions(versions: List[str]) -> Dict[str, List[str]]:
    pass
