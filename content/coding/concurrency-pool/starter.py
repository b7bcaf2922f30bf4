from typing import Dict, List, Union


def runPool(durations: List[int], limit: int) -> Dict[str, Union[int, List[int]]]:
    pass
