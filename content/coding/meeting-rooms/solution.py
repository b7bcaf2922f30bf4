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
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room = min_rooms
            min_rooms += 1
        rooms[i] = room
        heapq.heappush(busy, (end, room))
    return {"minRooms": min_rooms, "rooms": rooms}
