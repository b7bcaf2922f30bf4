# Decodes the whole string first, so %26 and %3D turn into separators.
from urllib.parse import unquote_plus


def parseQuery(qs):
    qs = unquote_plus(qs[1:] if qs.startswith("?") else qs)
    result = {}
    for piece in qs.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            result.setdefault(name, []).append(value)
    return result
