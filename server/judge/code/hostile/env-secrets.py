# Looks for the host's environment (the test sets BACKPREP_HOSTILE_SECRET in the judge's process).
import os


def solve():
    seen = repr(dict(os.environ))
    try:
        with open("/proc/1/environ", "rb") as f:
            seen += f.read().decode("latin1")
    except OSError:
        pass
    return "leaked" if "BACKPREP_HOSTILE_SECRET" in seen else "contained"
