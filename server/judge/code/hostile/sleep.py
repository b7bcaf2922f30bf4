# Sleeps without using CPU: only the wall-clock deadline can stop it.
import time


def solve(a, b):
    time.sleep(60)
    return a + b
