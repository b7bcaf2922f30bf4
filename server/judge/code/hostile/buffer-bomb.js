// Off-heap bomb: Buffers live outside the V8 heap, so only RLIMIT_DATA / the cgroup can stop them.
function solve(a, b) {
  const hoard = [];
  for (;;) hoard.push(Buffer.alloc(16 * 1024 * 1024, 1));
}
