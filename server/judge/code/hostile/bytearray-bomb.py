# Off-heap style bomb: large bytearrays, 16 MB each.
def solve(a, b):
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))
