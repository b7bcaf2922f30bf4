from typing import List, Optional


def retryDelays(baseMs: int, capMs: int, retries: int, strategy: str, randoms: List[float], budgetMs: Optional[int]) -> List[int]:
    pass
