#!/usr/bin/env node
// The `backprep` command. The code base is TypeScript run through tsx (Node 20
// cannot strip types itself), registered here so `npx backprep` needs no build.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
