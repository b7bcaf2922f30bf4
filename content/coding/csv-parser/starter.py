from typing import List, Union


def parseCsv(text: str) -> Union[List[List[str]], dict]:
    pass
