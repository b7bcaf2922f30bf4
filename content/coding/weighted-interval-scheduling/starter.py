from typing import List


def maxRevenue(bookings: List[List[int]]) -> int:
    pass
