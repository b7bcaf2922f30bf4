# Floods stdout and stderr: the supervisor caps output and kills the run.
import sys


def solve(a, b):
    line = "spam " * 200
    while True:
        print(line)
        sys.stderr.write(line)
