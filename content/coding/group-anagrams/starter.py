from typing import List


def groupAnagrams(words: List[str]) -> List[List[str]]:
    pass
