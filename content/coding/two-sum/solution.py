from typing import List, Optional


def twoSum(nums: List[int], target: int) -> Optional[List[int]]:
    first_index = {}  # value -> first index where it occurs
    for j, x in enumerate(nums):
        i = first_index.get(target - x)
        if i is not None:
            return [i, j]
        first_index.setdefault(x, j)
    return None
