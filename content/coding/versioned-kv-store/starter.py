from typing import List, Optional


class VersionedStore:
    def __init__(self):
        pass

    def put(self, key: str, value: str, timestamp: int) -> None:
        pass

    def remove(self, key: str, timestamp: int) -> None:
        pass

    def get(self, key: str, timestamp: int) -> Optional[str]:
        pass

    def history(self, key: str, frm: int, to: int) -> List[Optional[str]]:
        pass
