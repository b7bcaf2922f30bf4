// Tries to write where it must not: the harness, the runtime, the host's /tmp (the sandbox's /tmp
// is a private tmpfs), and a big file past RLIMIT_FSIZE.
const fs = require("fs");
function solve() {
  const wrote = [];
  for (const path of ["/judge/harness.cjs", "/usr/bin/node", "/etc/backprep-hostile"]) {
    try {
      fs.writeFileSync(path, "pwned");
      wrote.push(path);
    } catch (e) {
      /* blocked: good */
    }
  }
  fs.writeFileSync("/tmp/backprep-hostile-marker", "pwned"); // lands in the private tmpfs
  try {
    fs.writeFileSync("/tmp/big", Buffer.alloc(8 * 1024 * 1024));
    wrote.push("/tmp/big (8 MB)");
  } catch (e) {
    /* RLIMIT_FSIZE: good */
  }
  return wrote.length ? "wrote " + wrote.join(",") : "contained";
}
