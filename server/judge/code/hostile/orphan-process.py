# Double-forks a daemon into its own session and answers correctly: the daemon must not survive.
import os
import time


def solve(a, b):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            while True:
                time.sleep(1)
        os._exit(0)
    return a + b
