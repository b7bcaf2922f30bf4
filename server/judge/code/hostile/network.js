// Tries the network from a synchronous call: a TCP connect to the host's loopback (the test listens
// on PORT) and a DNS lookup, each in a child node process it waits for.
const { spawnSync } = require("child_process");
function attempt(code) {
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", timeout: 3000 });
  return (r.stdout || "").trim();
}
function solve(port) {
  const tcp = attempt(`require("net").connect(${port}, "127.0.0.1").on("connect", () => { console.log("connected"); process.exit(0); }).on("error", () => process.exit(0));`);
  const dns = attempt(`require("dns").lookup("example.com", (err, addr) => { if (!err) console.log("resolved " + addr); });`);
  const out = [tcp, dns].filter(Boolean);
  return out.length ? out.join(";") : "contained";
}
