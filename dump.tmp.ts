import { loadQuestionBank } from "/work/main/server/content/question-bank";
const bank = await loadQuestionBank("/work/main/content");
const ids = process.argv.slice(2);
for (const q of bank.questions) {
  if (ids.length && !ids.includes(q.id)) continue;
  console.log(`## ${q.id} — ${q.title}`);
  q.keyPoints.forEach((k, i) => console.log(`  K${i} (w${k.weight}) ${k.text}`));
  q.misconceptions.forEach((m, i) => console.log(`  M${i} ${m.claim}`));
}
console.error(bank.questions.length, "questions", bank.errors.length, "errors");
