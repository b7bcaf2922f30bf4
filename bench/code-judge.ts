// Benchmark of the coding judge: submit→verdict latency for a JS and a Python solution with 20
// tests, and submissions per second under load on 2 slots, beside a bare `node -e ''` and
// `python3 -c ''` spawn measured in the same run. Run: npx tsx bench/code-judge.ts [--rounds N]
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { createCodeJudge, type CodeJudgeOptions } from "../server/judge/code/code-judge";
import type { CodeJudge, CodeLang, JudgeProblem } from "../server/judge/code/types";

const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 15;
const LOAD_SUBMISSIONS = 60;

// 20 cases: 3 visible, 17 hidden — "sum of the two largest numbers".
const cases = Array.from({ length: 20 }, (_, i) => {
  const nums = Array.from({ length: 50 + i * 10 }, (_, j) => ((j * 7919 + i * 104_729) % 1000) - 500);
  const sorted = [...nums].sort((a, b) => b - a);
  return { name: `case ${i + 1}`, args: [nums], expected: sorted[0]! + sorted[1]! };
});
const problem: JudgeProblem = {
  id: "bench-top-two",
  kind: "function",
  entry: "topTwo",
  compare: "exact",
  timeLimitMs: 2000,
  memoryMb: 256,
  tests: { examples: cases.slice(0, 3), hidden: cases.slice(3) },
};
const SOURCES: Record<"js" | "py", string> = {
  js: "function topTwo(nums) {\n  let a = -Infinity, b = -Infinity;\n  for (const n of nums) {\n    if (n > a) { b = a; a = n; } else if (n > b) b = n;\n  }\n  return a + b;\n}\n",
  py: "def topTwo(nums):\n    a = b = float('-inf')\n    for n in nums:\n        if n > a:\n            a, b = n, a\n        elif n > b:\n            b = n\n    return a + b\n",
};

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function spawnOnce(file: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(file, args, { env: {}, stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", () => resolve(performance.now() - t));
  });
}

async function bareSpawn(file: string, args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await spawnOnce(file, args));
  return median(times);
}

async function latency(judge: CodeJudge, lang: CodeLang): Promise<{ ms: number; cpuMs: number; memoryKb: number }> {
  const times: number[] = [];
  let last = { timeMs: 0, memoryKb: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const v = await judge.judge({ problem, lang, source: SOURCES[lang as "js" | "py"], mode: "submit" });
    times.push(performance.now() - t);
    if (v.verdict !== "accepted") throw new Error(`bench solution not accepted (${lang}): ${JSON.stringify(v)}`);
    last = v;
  }
  return { ms: median(times), cpuMs: last.timeMs, memoryKb: last.memoryKb };
}

async function throughput(judge: CodeJudge): Promise<number> {
  const t = performance.now();
  await Promise.all(
    Array.from({ length: LOAD_SUBMISSIONS }, (_, i) => {
      const lang = i % 2 ? "py" : "js";
      return judge.judge({ problem, lang, source: SOURCES[lang], mode: "submit" });
    }),
  );
  return LOAD_SUBMISSIONS / ((performance.now() - t) / 1000);
}

async function measure(label: string, options: CodeJudgeOptions) {
  const judge = await createCodeJudge({ slots: 2, ...options });
  try {
    await latency(judge, "js"); // warm-up: page cache, esbuild service
    const js = await latency(judge, "js");
    const py = await latency(judge, "py");
    const perSecond = await throughput(judge);
    return { label, isolation: judge.isolation, js, py, perSecond };
  } finally {
    await judge.close();
  }
}

const load = loadavg()[0]!.toFixed(2);
const node = await bareSpawn(process.execPath, ["-e", ""]);
const python = await bareSpawn("/usr/bin/python3", ["-c", ""]);
console.log(`host load average (1 min) at start: ${load}; rounds: ${ROUNDS}`);
console.log(`bare spawn median: node -e '' ${node.toFixed(1)} ms · python3 -c '' ${python.toFixed(1)} ms`);

for (const config of [
  { label: "1 run per verdict (timingRuns: 1)", options: { timingRuns: 1 } },
  { label: "median of 3 runs when accepted (default)", options: {} },
]) {
  const r = await measure(config.label, config.options);
  console.log(`\n${r.label} — isolation ${r.isolation}, 2 slots`);
  console.log(`  JS     submit→verdict median ${r.js.ms.toFixed(1)} ms (aim ≤ 150) = ${(r.js.ms / node).toFixed(2)}× bare node; CPU ${r.js.cpuMs} ms, ${Math.round(r.js.memoryKb / 1024)} MB`);
  console.log(`  Python submit→verdict median ${r.py.ms.toFixed(1)} ms (aim ≤ 120) = ${(r.py.ms / python).toFixed(2)}× bare python; CPU ${r.py.cpuMs} ms, ${Math.round(r.py.memoryKb / 1024)} MB`);
  console.log(`  under load: ${r.perSecond.toFixed(1)} submissions/s (aim ≥ 15), ${LOAD_SUBMISSIONS} mixed JS/Python submissions`);
}
console.log(`\nhost load average (1 min) at end: ${loadavg()[0]!.toFixed(2)}`);
