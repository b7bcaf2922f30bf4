# Tries to write where it must not: the harness, the runtime, the host's /tmp (the sandbox's /tmp
# is a private tmpfs), and a big file past RLIMIT_FSIZE.
import signal

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # turn the fsize signal into an OSError


def solve():
    wrote = []
    for path in ("/judge/harness.py", "/usr/bin/python3.11", "/etc/backprep-hostile"):
        try:
            with open(path, "w") as f:
                f.write("pwned")
            wrote.append(path)
        except OSError:
            pass
    with open("/tmp/backprep-hostile-marker-py", "w") as f:
        f.write("pwned")
    try:
        with open("/tmp/big", "wb") as f:
            f.write(b"\0" * (8 * 1024 * 1024))
        wrote.append("/tmp/big (8 MB)")
    except OSError:
        pass
    return ("wrote " + ",".join(wrote)) if wrote else "contained"
