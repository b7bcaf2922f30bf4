# Wrong: evicts before checking whether the key already exists, so updating a key in a full cache drops another key.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key):
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key, value):
        if len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = value
        self.entries.move_to_end(key)
