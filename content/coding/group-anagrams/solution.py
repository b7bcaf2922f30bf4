from typing import List


def groupAnagrams(words: List[str]) -> List[List[str]]:
    groups = {}  # sorted letters -> words; dicts keep insertion order
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())
