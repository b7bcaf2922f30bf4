from typing import Optional


class UrlShortener:
    def __init__(self, startId: int):
        pass

    def shorten(self, url: str) -> str:
        pass

    def expand(self, code: str) -> Optional[str]:
        pass
