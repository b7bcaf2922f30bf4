// Temporary: validates content/questions until `backprep content check` is wired.
import { formatContentError } from "../server/content/content-error";
import { loadQuestionBank } from "../server/content/question-bank";
const bank = await loadQuestionBank("content");
for (const e of bank.errors) console.error(formatContentError(e));
const byTopic: Record<string, number> = {};
for (const q of bank.questions) byTopic[q.topic] = (byTopic[q.topic] ?? 0) + 1;
console.log(JSON.stringify({ questions: bank.questions.length, topics: byTopic, errors: bank.errors.length }));
process.exit(bank.errors.length ? 1 : 0);
