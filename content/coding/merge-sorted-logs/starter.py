from typing import List


def mergeLogs(sources: List[List[list]], since: int, limit: int) -> List[list]:
    pass
