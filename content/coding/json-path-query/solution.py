import re
from typing import Any, List, Optional

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
INDEX = re.compile(r"-?[0-9]+\]")


def parse_path(path: str):
    """Returns a list of steps ("key", k) / ("index", n) / ("all", None), or None if invalid."""
    if not path.startswith("$"):
        return None
    steps, i, n = [], 1, len(path)
    while i < n:
        if path[i] == ".":
            i += 1
            if path.startswith("*", i):
                steps.append(("all", None))
                i += 1
                continue
            m = IDENT.match(path, i)
            if not m:
                return None
            steps.append(("key", m.group()))
            i = m.end()
        elif path[i] == "[":
            i += 1
            if path.startswith("*]", i):
                steps.append(("all", None))
                i += 2
            elif path.startswith('"', i):
                i += 1
                key = []
                while True:
                    if i >= n:
                        return None
                    ch = path[i]
                    if ch == '"':
                        break
                    if ch == "\\":
                        nxt = path[i + 1] if i + 1 < n else ""
                        if nxt not in ('"', "\\"):
                            return None
                        key.append(nxt)
                        i += 2
                    else:
                        key.append(ch)
                        i += 1
                if not path.startswith("]", i + 1):
                    return None
                steps.append(("key", "".join(key)))
                i += 2
            else:
                m = INDEX.match(path, i)
                if not m:
                    return None
                steps.append(("index", int(m.group()[:-1])))
                i = m.end()
        else:
            return None
    return steps


def queryPath(doc: Any, path: str) -> Optional[List[Any]]:
    steps = parse_path(path)
    if steps is None:
        return None
    current = [doc]
    for kind, arg in steps:
        nxt = []
        for v in current:
            if kind == "key":
                if isinstance(v, dict) and arg in v:
                    nxt.append(v[arg])
            elif kind == "index":
                if isinstance(v, list):
                    i = arg + len(v) if arg < 0 else arg
                    if 0 <= i < len(v):
                        nxt.append(v[i])
            elif isinstance(v, list):
                nxt.extend(v)
            elif isinstance(v, dict):
                nxt.extend(v[k] for k in sorted(v))
        current = nxt
    return current
