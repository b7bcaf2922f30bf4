from typing import List


class EventBus:
    def __init__(self):
        pass

    def subscribe(self, subscriberId: str, pattern: str) -> bool:
        pass

    def unsubscribe(self, subscriberId: str, pattern: str) -> bool:
        pass

    def publish(self, topic: str) -> List[str]:
        pass
