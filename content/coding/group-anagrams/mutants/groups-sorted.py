# Sorts the groups alphabetically instead of keeping first-appearance order.
def groupAnagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values())
