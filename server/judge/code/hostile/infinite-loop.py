# Burns CPU forever: RLIMIT_CPU and the wall clock stop it.
def solve(a, b):
    n = 0
    while True:
        n += 1
