import re
from typing import Dict, List

PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


def decode_component(s: str) -> str:
    raw = s.replace("+", " ").encode("ascii")  # input is ASCII
    data = PERCENT.sub(lambda m: chr(int(m.group(1), 16)), raw.decode("ascii"))
    return data.encode("latin-1").decode("utf-8", errors="replace")


def parseQuery(qs: str) -> Dict[str, List[str]]:
    result = {}
    if qs.startswith("?"):
        qs = qs[1:]
    for piece in qs.split("&"):
        if not piece:
            continue
        name, sep, value = piece.partition("=")
        result.setdefault(decode_component(name), []).append(decode_component(value))
    return result
