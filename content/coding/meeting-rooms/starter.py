from typing import Dict, List, Union


def assignRooms(meetings: List[List[int]]) -> Dict[str, Union[int, List[int]]]:
    pass
