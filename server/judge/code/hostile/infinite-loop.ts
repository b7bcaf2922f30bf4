// @ts-nocheck -- a submission run inside the sandbox as a script, not a module of this project.
// TypeScript flavour of the CPU burner: esbuild strips the types, the limits stay the same.
function solve(a: number, b: number): number {
  let n: number = 0;
  for (;;) n++;
}
