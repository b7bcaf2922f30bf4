// Heap bomb: grows the V8 heap until something stops it (V8 heap limit, RLIMIT_DATA, cgroup).
function solve(a, b) {
  const hoard = [];
  // Packed arrays of a million doubles (8 MB each): the V8 heap fills in a fraction of a second,
  // before garbage collection can eat the CPU limit. (new Array(n).fill() of a large n would make a
  // slow dictionary array instead.)
  for (let i = 0; ; i++) {
    const chunk = [];
    for (let j = 0; j < 1 << 20; j++) chunk.push(j + 0.5);
    hoard.push(chunk);
  }
}
