// Heap bomb: grows the V8 heap until something stops it (V8 heap limit, RLIMIT_DATA, cgroup).
function solve(a, b) {
  const hoard = [];
  // 8 MB arrays of numbers: the V8 heap fills in a fraction of a second.
  for (let i = 0; ; i++) hoard.push(new Array(1 << 20).fill(i));
}
