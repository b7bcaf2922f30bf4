# Classifies booleans as numbers, so true vs 1 is not a change.
from typing import Any, Dict, List


def kind_of(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


def escape_token(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def deepDiff(a: Any, b: Any) -> List[Dict[str, Any]]:
    changes = []

    def walk(x, y, path):
        kx, ky = kind_of(x), kind_of(y)
        if kx != ky:
            changes.append({"op": "replace", "path": path, "old": x, "value": y})
        elif kx == "array":
            for i in range(max(len(x), len(y))):
                p = f"{path}/{i}"
                if i >= len(y):
                    changes.append({"op": "remove", "path": p, "old": x[i]})
                elif i >= len(x):
                    changes.append({"op": "add", "path": p, "value": y[i]})
                else:
                    walk(x[i], y[i], p)
        elif kx == "object":
            for k in sorted(x.keys() | y.keys()):
                p = f"{path}/{escape_token(k)}"
                if k not in y:
                    changes.append({"op": "remove", "path": p, "old": x[k]})
                elif k not in x:
                    changes.append({"op": "add", "path": p, "value": y[k]})
                else:
                    walk(x[k], y[k], p)
        elif x != y:
            changes.append({"op": "replace", "path": path, "old": x, "value": y})

    walk(a, b, "")
    return changes
