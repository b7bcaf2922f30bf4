// Ignores every catchable signal, then loops: SIGKILL (hard RLIMIT_CPU, wall clock) still wins.
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP", "SIGXCPU", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGALRM"]) {
  process.on(sig, () => {});
}
function solve(a, b) {
  for (;;);
}
