from typing import List, Optional


class HashRing:
    def __init__(self, replicas: int):
        pass

    def addNode(self, name: str) -> None:
        pass

    def removeNode(self, name: str) -> None:
        pass

    def getNode(self, key: str) -> Optional[str]:
        pass

    def getNodes(self, key: str, count: int) -> List[str]:
        pass
