from typing import Optional


class KVStore:
    def __init__(self):
        pass

    def set(self, key: str, value: str) -> None:
        pass

    def get(self, key: str) -> Optional[str]:
        pass

    def delete(self, key: str) -> bool:
        pass

    def count(self, value: str) -> int:
        pass

    def begin(self) -> None:
        pass

    def rollback(self) -> bool:
        pass

    def commit(self) -> bool:
        pass
