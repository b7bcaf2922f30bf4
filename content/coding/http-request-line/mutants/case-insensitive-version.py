# Accepts the version case-insensitively (http/1.1).
import re
from typing import Dict

TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+")
VERSION = re.compile(r"HTTP/[0-9]\.[0-9]", re.IGNORECASE)
VISIBLE = re.compile(r"[\x21-\x7e]+")
AUTHORITY = re.compile(r"[A-Za-z0-9.-]+:[0-9]{1,5}")
ABSOLUTE = re.compile(r"https?://.", re.IGNORECASE | re.DOTALL)


def target_form(method: str, target: str):
    if not VISIBLE.fullmatch(target):
        return None
    if method == "CONNECT":
        return "authority" if AUTHORITY.fullmatch(target) else None
    if target == "*":
        return "asterisk" if method == "OPTIONS" else None
    if target.startswith("/"):
        return "origin"
    if ABSOLUTE.match(target):
        return "absolute"
    return None


def parseRequestLine(line: str) -> Dict[str, str]:
    parts = line.split(" ")
    if len(parts) != 3 or "" in parts:
        return {"error": "malformed"}
    method, target, version = parts
    if not TOKEN.fullmatch(method):
        return {"error": "invalid-method"}
    if not VERSION.fullmatch(version):
        return {"error": "invalid-version"}
    if version.upper() not in ("HTTP/1.0", "HTTP/1.1"):
        return {"error": "unsupported-version"}
    form = target_form(method, target)
    if form is None:
        return {"error": "invalid-target"}
    return {"method": method, "target": target, "version": version, "form": form}
