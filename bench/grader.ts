/**
 * Benchmarks the embedded grader on the labelled evaluation set
 * (server/grading/eval/answers.jsonl): precision, recall and F1 of key-point detection
 * per signal and combined, on the tuning and held-out splits, with full rubrics and
 * with plain key-point text only; misconception detection; the highest score a wrong
 * or off-topic answer gets; and latency per answer (median, p95).
 * Run: npx tsx bench/grader.ts [--json]
 */
import { loadEvalSet } from "../server/grading/eval/eval-set";
import { bySplit, fitSignalThresholds, gradeCases, report, type Report } from "../server/grading/eval/evaluate";

const json = process.argv.includes("--json");
const { cases, problems } = await loadEvalSet();
for (const p of problems) console.error(`skipped ${p}`);

const out: Record<string, Record<string, Report>> = {};
for (const mode of ["full", "plain"] as const) {
  gradeCases(cases.slice(0, 5), mode); // warm up: rubric compilation and WordNet loading are one-off costs
  const rows = gradeCases(cases, mode);
  const thresholds = fitSignalThresholds(bySplit(rows, "tuning"));
  out[mode] = { tuning: report(bySplit(rows, "tuning"), thresholds), heldout: report(bySplit(rows, "heldout"), thresholds) };
}

const f = (x: number) => x.toFixed(3);
if (json) {
  console.log(JSON.stringify(out, null, 2));
} else {
  const questions = new Set(cases.map((c) => c.question));
  const heldOut = cases.filter((c) => c.split === "heldout");
  console.log(`evaluation set: ${cases.length} answers over ${questions.size} questions (held-out: ${heldOut.length} answers, ${new Set(heldOut.map((c) => c.question)).size} questions)`);
  for (const [mode, splits] of Object.entries(out)) {
    console.log(`\n== ${mode === "full" ? "authored rubric (phrasings + misconceptions)" : "plain key-point text only"} ==`);
    for (const [split, r] of Object.entries(splits)) {
      console.log(`\n-- ${split}: ${r.rows} answers --`);
      console.log(`combined      P ${f(r.keyPoints.precision)}  R ${f(r.keyPoints.recall)}  F1 ${f(r.keyPoints.f1)}  (positives ${r.keyPoints.support})`);
      for (const [name, s] of Object.entries(r.perSignal)) {
        console.log(`  ${name.padEnd(22)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}`);
      }
      if (mode === "full") console.log(`misconceptions P ${f(r.misconceptions.precision)}  R ${f(r.misconceptions.recall)}  F1 ${f(r.misconceptions.f1)}  (positives ${r.misconceptions.support})`);
      console.log(`max score: wrong ${f(r.wrongMaxScore)}  off-topic ${f(r.offTopicMaxScore)}  buzzword list ${f(r.buzzwordMaxScore)}`);
      console.log(`wrong answers scoring above 0.2: ${(r.wrongAboveShare * 100).toFixed(1)}%`);
      console.log(`latency: median ${r.medianMs.toFixed(2)} ms  p95 ${r.p95Ms.toFixed(2)} ms`);
    }
  }
}
