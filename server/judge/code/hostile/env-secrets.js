// Looks for the host's environment (the test sets BACKPREP_HOSTILE_SECRET in the judge's process).
const fs = require("fs");
function solve() {
  const seen = JSON.stringify(process.env);
  let initEnv = "";
  try {
    initEnv = fs.readFileSync("/proc/1/environ", "latin1");
  } catch (e) {
    /* fine */
  }
  return seen.includes("BACKPREP_HOSTILE_SECRET") || initEnv.includes("BACKPREP_HOSTILE_SECRET") ? "leaked" : "contained";
}
