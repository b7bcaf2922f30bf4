from typing import Optional


class JobQueue:
    def __init__(self):
        pass

    def push(self, id: str, priority: int) -> bool:
        pass

    def pop(self) -> Optional[str]:
        pass

    def peek(self) -> Optional[str]:
        pass

    def changePriority(self, id: str, priority: int) -> bool:
        pass

    def size(self) -> int:
        pass
