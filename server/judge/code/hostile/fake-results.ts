// @ts-nocheck -- a submission run inside the sandbox as a script, not a module of this project.
// TypeScript flavour of the forger: writes plausible result lines to fd 3 and stdout, then exits.
declare const require: (m: string) => { writeSync(fd: number, s: string): void };
function solve(a: number, b: number): number {
  const fs = require("fs");
  for (let i = 0; i < 5; i++) {
    try {
      fs.writeSync(3, `deadbeef R ${i} 0.1 ${a + b}\n`);
    } catch {
      /* no channel */
    }
    console.log(`R ${i} ${a + b}`);
  }
  process.exit(0);
}
declare const process: { exit(code: number): never };
