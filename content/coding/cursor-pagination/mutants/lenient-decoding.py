# Accepts non-canonical cursors (padding, junk characters, trailing bits).
import base64
import binascii
import re
from typing import Any, Dict, List, Optional

ALPHABET = re.compile(r"[A-Za-z0-9_-]*")
KEY = re.compile(r"(0|[1-9][0-9]*):(0|[1-9][0-9]*)")


def encode_cursor(item) -> str:
    return base64.urlsafe_b64encode(f"{item[0]}:{item[1]}".encode("ascii")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str):
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("latin-1")
    except (binascii.Error, ValueError):
        return None
    m = KEY.fullmatch(text)
    if not m:
        return None
    key = (int(m.group(1)), int(m.group(2)))
    return key


def paginate(items: List[List[int]], pageSize: int, cursor: Optional[str]) -> Dict[str, Any]:
    start = 0
    if cursor is not None:
        key = decode_cursor(cursor)
        if key is None:
            return {"error": "invalid cursor"}
        lo, hi = 0, len(items)  # first index whose item comes after key in (createdAt desc, id desc)
        while lo < hi:
            mid = (lo + hi) // 2
            c, i = items[mid]
            if c < key[0] or (c == key[0] and i < key[1]):
                hi = mid
            else:
                lo = mid + 1
        start = lo
    page = items[start:start + pageSize]
    more = start + pageSize < len(items)
    return {"items": page, "nextCursor": encode_cursor(page[-1]) if more else None}
