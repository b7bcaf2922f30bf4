// Floods stdout: the supervisor caps output and kills the run.
function solve(a, b) {
  const line = "spam ".repeat(200);
  for (;;) console.log(line);
}
