# Decodes non-canonical codes with leading zeros ("010" expands like "10").
from typing import Optional

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGIT = {ch: i for i, ch in enumerate(ALPHABET)}


def encode62(n: int) -> str:
    if n == 0:
        return "0"
    digits = []
    while n > 0:
        n, r = divmod(n, 62)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def decode62(code: str) -> Optional[int]:
    if not code:
        return None
    n = 0
    for ch in code:
        if ch not in DIGIT:
            return None
        n = n * 62 + DIGIT[ch]
    return n


class UrlShortener:
    def __init__(self, startId: int):
        self.next_id = startId
        self.code_of = {}  # url -> code
        self.url_of = {}  # id -> url

    def shorten(self, url: str) -> str:
        code = self.code_of.get(url)
        if code is None:
            code = encode62(self.next_id)
            self.code_of[url] = code
            self.url_of[self.next_id] = url
            self.next_id += 1
        return code

    def expand(self, code: str) -> Optional[str]:
        n = decode62(code)
        return None if n is None else self.url_of.get(n)
