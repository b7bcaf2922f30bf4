// Sleeps without using CPU: only the wall-clock deadline can stop it.
function solve(a, b) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  return a + b;
}
