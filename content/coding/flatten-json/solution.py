import json
import re
from typing import Any, Dict

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def member_path(prefix: str, name: str) -> str:
    if not IDENT.fullmatch(name):
        return f"{prefix}[{json.dumps(name, ensure_ascii=False)}]"
    return name if prefix == "" else f"{prefix}.{name}"


def flattenJson(doc: Dict[str, Any]) -> Dict[str, Any]:
    out = {}

    def walk(value, path):
        if isinstance(value, list) and value:
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")
        elif isinstance(value, dict) and value:
            for k, v in value.items():
                walk(v, member_path(path, k))
        else:
            out[path] = value

    for k, v in doc.items():
        walk(v, member_path("", k))
    return out
