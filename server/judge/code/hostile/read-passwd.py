# Tries to read host files: /etc is not mounted, the host's /root and the repo are not either.
def solve():
    for path in ("/etc/passwd", "/etc/shadow", "/root/.bashrc", "/work/main/package.json", "/proc/1/root/etc/passwd"):
        try:
            with open(path, "rb") as f:
                f.read()
            return "read " + path
        except OSError:
            pass
    return "contained"
