// @ts-nocheck -- a submission run inside the sandbox as a script, not a module of this project.
// TypeScript flavour of the off-heap bomb.
function solve(a: number, b: number): number {
  const hoard: Uint8Array[] = [];
  for (;;) hoard.push(new Uint8Array(32 * 1024 * 1024).fill(7));
}
