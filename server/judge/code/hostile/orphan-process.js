// Leaves a detached, long-lived child behind and answers correctly: the answer counts, the child
// must not survive the run.
const { spawn } = require("child_process");
function solve(a, b) {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
  child.unref();
  return a + b;
}
