# Reuses the room that freed first rather than the lowest-numbered free room.
import heapq
from typing import Dict, List, Union


def assignRooms(meetings: List[List[int]]) -> Dict[str, Union[int, List[int]]]:
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    busy = []  # (end, room)
    free = []  # room numbers
    rooms = [0] * len(meetings)
    min_rooms = 0
    for i in order:
        start, end = meetings[i]
        if busy and busy[0][0] <= start:
            room = heapq.heappop(busy)[1]  # reuses the room that freed first, not the lowest-numbered
        else:
            room = min_rooms
            min_rooms += 1
        rooms[i] = room
        heapq.heappush(busy, (end, room))
    return {"minRooms": min_rooms, "rooms": rooms}
