from typing import Dict, List


def scheduleTasks(tasks: List[str], deps: List[List[str]]) -> Dict[str, List[str]]:
    pass
