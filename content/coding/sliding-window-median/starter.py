from typing import List


def windowMedians(latencies: List[int], k: int) -> List[int]:
    pass
