from typing import List, Tuple


def topKFrequent(items: List[str], k: int) -> List[Tuple[str, int]]:
    pass
