/**
 * The live preview of a question being written, laid out like the question page. All
 * text goes through React (escaped) or Markdown (HTML escaped): an author's markup is
 * shown as text, never run.
 */
import type { QuestionDraftInput } from "../../../../common/api/authoring";
import { LevelBadges } from "../Badges";
import { Markdown } from "../Markdown";

/** Only https links become links; anything else is shown as text until it validates. */
const safeHref = (url: string) => (/^https:\/\//i.test(url) ? url : undefined);

export function QuestionPreview({ question }: { question: QuestionDraftInput }) {
  const keyPoints = question.keyPoints.filter((k) => k.text.trim());
  const misconceptions = (question.misconceptions ?? []).filter((m) => m.claim.trim() || m.correction.trim());
  const references = question.references.filter((r) => r.title.trim() || r.url.trim());
  const words = question.answer.trim() ? question.answer.trim().split(/\s+/).length : 0;

  return (
    <article className="stack authoring-preview" data-testid="question-preview" aria-label="Preview">
      <h2 className="preview-title">{question.title.trim() || <span className="muted">Untitled question</span>}</h2>
      <LevelBadges difficulty={question.difficulty} level={question.level} topic={question.topic} />
      {(question.tags ?? []).length > 0 && (
        <div className="row">{question.tags!.map((t) => <span key={t} className="badge">#{t}</span>)}</div>
      )}

      <section className="stack">
        <h3>Key points</h3>
        {keyPoints.length ? (
          <ul>
            {keyPoints.map((k, i) => (
              <li key={i}>
                {k.text} <span className="badge" title="Weight">×{k.weight ?? 1}</span>
                {k.phrasings.length > 0 && <div className="small muted">Also said as: {k.phrasings.join(" · ")}</div>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No key points yet.</p>
        )}
      </section>

      <section className="stack">
        <div className="spread">
          <h3>Model answer</h3>
          <span className={`small ${words >= 80 ? "muted" : "warn-text"}`}>{words} words</span>
        </div>
        {question.answer.trim() ? <Markdown source={question.answer} /> : <p className="muted small">No model answer yet.</p>}
        <h3>In 60 seconds</h3>
        {question.shortAnswer.trim() ? <Markdown source={question.shortAnswer} /> : <p className="muted small">No 60-second answer yet.</p>}
      </section>

      {misconceptions.length > 0 && (
        <section className="stack">
          <h3>Common misconceptions</h3>
          <ul>{misconceptions.map((m, i) => <li key={i}><strong>{m.claim}.</strong> {m.correction}</li>)}</ul>
        </section>
      )}

      {question.followUps.length > 0 && (
        <section className="stack">
          <h3>Follow-up questions</h3>
          <ul>{question.followUps.map((f, i) => <li key={i}>{f}</li>)}</ul>
        </section>
      )}

      {(question.related ?? []).length > 0 && (
        <section className="stack">
          <h3>Related</h3>
          <ul>{question.related!.map((id) => <li key={id}><code>{id}</code></li>)}</ul>
        </section>
      )}

      {references.length > 0 && (
        <section className="stack">
          <h3>References</h3>
          <ul>
            {references.map((r, i) => {
              const href = safeHref(r.url);
              return <li key={i}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{r.title || r.url}</a> : <span>{r.title} <span className="muted small">{r.url}</span></span>}</li>;
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
