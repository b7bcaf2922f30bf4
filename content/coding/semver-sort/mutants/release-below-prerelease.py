# Ranks a release below its pre-releases.
import re
from functools import cmp_to_key
from typing import Dict, List

NUM = r"(0|[1-9][0-9]*)"
PRE_ID = r"(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)"
BUILD_ID = r"[0-9A-Za-z-]+"
SEMVER = re.compile(
    rf"{NUM}\.{NUM}\.{NUM}(?:-({PRE_ID}(?:\.{PRE_ID})*))?(?:\+{BUILD_ID}(?:\.{BUILD_ID})*)?"
)


def _cmp(a, b):
    return (a > b) - (a < b)


def _cmp_ident(a: str, b: str) -> int:
    an, bn = a.isdigit(), b.isdigit()
    if an and bn:
        return _cmp(int(a), int(b))  # Python ints are arbitrary precision
    if an != bn:
        return -1 if an else 1  # numeric < alphanumeric
    return _cmp(a, b)


def _cmp_parsed(x, y) -> int:
    c = _cmp(x[1], y[1])
    if c:
        return c
    px, py = x[2], y[2]
    if px is None or py is None:
        return 0 if px is py else (-1 if px is None else 1)
    for a, b in zip(px, py):
        c = _cmp_ident(a, b)
        if c:
            return c
    return _cmp(len(px), len(py))


def sortVersions(versions: List[str]) -> Dict[str, List[str]]:
    valid, invalid = [], []
    for v in versions:
        m = SEMVER.fullmatch(v)
        if not m:
            invalid.append(v)
            continue
        core = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        pre = m.group(4).split(".") if m.group(4) is not None else None
        valid.append((v, core, pre))
    valid.sort(key=cmp_to_key(_cmp_parsed))  # list.sort is stable
    return {"sorted": [p[0] for p in valid], "invalid": invalid}
