# Heap bomb: a list of ever more distinct strings.
def solve(a, b):
    hoard = []
    i = 0
    while True:
        hoard.append("x" * 1024 + str(i))
        i += 1
