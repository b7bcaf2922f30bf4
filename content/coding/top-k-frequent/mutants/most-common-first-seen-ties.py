# Counter.most_common breaks ties by first occurrence, not by item.
from collections import Counter


def topKFrequent(items, k):
    return [[item, count] for item, count in Counter(items).most_common(k)]
