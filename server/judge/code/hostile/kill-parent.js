// Signals everything it can see: its parent, pid 1 and kill(-1). Inside the pid namespace that is
// only the sandbox itself; the judge and the host keep running.
function solve(a, b) {
  try {
    process.kill(process.ppid, "SIGKILL");
  } catch (e) {}
  try {
    process.kill(1, "SIGKILL");
  } catch (e) {}
  try {
    process.kill(-1, "SIGKILL");
  } catch (e) {}
  return a + b;
}
