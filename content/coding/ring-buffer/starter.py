from typing import List


class LogBuffer:
    def __init__(self, capacity: int):
        pass

    def append(self, line: str) -> None:
        pass

    def last(self, n: int) -> List[str]:
        pass

    def size(self) -> int:
        pass

    def dropped(self) -> int:
        pass
