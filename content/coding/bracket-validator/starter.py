def firstBracketError(s: str) -> int:
    pass
