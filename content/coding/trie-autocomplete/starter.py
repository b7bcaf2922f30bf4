from typing import List


class Autocomplete:
    def __init__(self):
        pass

    def record(self, query: str) -> int:
        pass

    def suggest(self, prefix: str, k: int) -> List[str]:
        pass

    def remove(self, query: str) -> bool:
        pass
