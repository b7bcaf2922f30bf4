from typing import List, Optional


def twoSum(nums: List[int], target: int) -> Optional[List[int]]:
    pass
