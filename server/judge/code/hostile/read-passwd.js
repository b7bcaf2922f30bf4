// Tries to read host files: /etc is not mounted, the host's /root and the repo are not either.
const fs = require("fs");
function solve() {
  for (const path of ["/etc/passwd", "/etc/shadow", "/root/.bashrc", "/work/main/package.json", "/proc/1/root/etc/passwd"]) {
    try {
      fs.readFileSync(path);
      return "read " + path;
    } catch (e) {
      /* blocked: good */
    }
  }
  return "contained";
}
