from typing import Dict


def parseRequestLine(line: str) -> Dict[str, str]:
    pass
