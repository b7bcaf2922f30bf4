# Tries the network: a TCP connect to the host's loopback (the test listens on the port it passes)
# and a DNS lookup.
import socket


def solve(port):
    out = []
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.close()
        out.append("connected")
    except OSError:
        pass
    try:
        out.append("resolved " + socket.gethostbyname("example.com"))
    except OSError:
        pass
    return ";".join(out) if out else "contained"
