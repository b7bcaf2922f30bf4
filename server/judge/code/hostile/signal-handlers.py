# Ignores every catchable signal (SIGXCPU included), then loops: SIGKILL still wins.
import signal

for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGXCPU", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGALRM"):
    signal.signal(getattr(signal, name), signal.SIG_IGN)


def solve(a, b):
    while True:
        pass
