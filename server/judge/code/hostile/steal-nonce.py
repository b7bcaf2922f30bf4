# The strongest forgery: walks the stack into the harness, steals its nonce and writer, writes a
# complete, well-formed set of results with made-up values, and exits. The parent still compares
# the values with expected ones it alone holds, so this cannot pass.
import os
import sys


def solve(a, b):
    frame = sys._getframe(1)
    nonce = None
    while frame is not None:
        if "nonce" in frame.f_locals:
            nonce = frame.f_locals["nonce"]
            cases = frame.f_locals.get("cases", [])
            break
        frame = frame.f_back
    if nonce is None:
        return a + b
    lines = "".join("%s R %d 0.001 %d\n" % (nonce, i, 3) for i in range(len(cases)))
    lines += "%s D %d 0 {}\n" % (nonce, len(cases))
    os.write(3, lines.encode())
    os._exit(0)
