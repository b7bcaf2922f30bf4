// Burns CPU forever: RLIMIT_CPU (SIGXCPU, then SIGKILL) and the wall clock stop it.
function solve(a, b) {
  let n = 0;
  for (;;) n++;
}
