/** One question: answer it (typed or spoken), get feedback, reveal the model answer, see history. */
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ANSWER_MAX_CHARS, type Attempt } from "../../../common/api/attempts";
import type { QuestionDetail } from "../../../common/api/questions";
import { api, ApiError } from "../api/client";
import { postForEvents } from "../api/sse";
import type { Problem } from "../../../common/api/problem";
import { useAuth } from "../auth";
import { AnswerFeedback } from "../components/AnswerFeedback";
import { LevelBadges } from "../components/Badges";
import { Markdown } from "../components/Markdown";
import { SpeakingInsightsPanel } from "../components/SpeakingInsightsPanel";
import { SpeechInput } from "../components/SpeechInput";
import { useApi } from "../components/useApi";
import { NotFoundPage } from "./NotFoundPage";

export function QuestionPage() {
  const { id = "" } = useParams();
  const { user } = useAuth();
  const question = useApi((signal) => api.get<QuestionDetail>(`/questions/${encodeURIComponent(id)}`, signal), [id, user?.id]);
  const history = useApi(
    (signal) => (user ? api.get<{ items: Attempt[] }>(`/questions/${encodeURIComponent(id)}/attempts`, signal) : Promise.resolve({ items: [] })),
    [id, user?.id],
  );
  const [answer, setAnswer] = useState("");
  const [durationSec, setDurationSec] = useState<number>();
  const [spoken, setSpoken] = useState(false);
  const [attempt, setAttempt] = useState<Attempt>();
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [streamed, setStreamed] = useState("");
  const [revealed, setRevealed] = useState(false);

  if (question.error instanceof ApiError && question.error.status === 404) return <NotFoundPage />;
  if (question.error) return <div className="alert error">{question.error.message}</div>;
  const q = question.data;
  if (!q) return <p className="muted" aria-busy="true">Loading…</p>;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSubmitError(undefined);
    setStreamed("");
    try {
      // Feedback streams in as the grader writes it; the full verdict arrives last.
      await postForEvents(`/questions/${q.id}/attempts`, { answer, mode: spoken ? "spoken" : "written", ...(durationSec ? { durationSec } : {}) }, (event, data) => {
        if (event === "feedback") setStreamed((s) => s + (data as { delta: string }).delta);
        else if (event === "attempt") setAttempt((data as { attempt: Attempt }).attempt);
        else if (event === "error") throw new ApiError(data as Problem);
      });
      history.reload();
    } catch (err) {
      setSubmitError(err instanceof ApiError ? (err.fieldError("answer") ?? err.message) : String(err));
    } finally {
      setBusy(false);
    }
  };

  const toggleBookmark = async () => {
    if (q.bookmarked) await api.delete(`/questions/${q.id}/bookmark`);
    else await api.put(`/questions/${q.id}/bookmark`);
    question.setData({ ...q, bookmarked: !q.bookmarked });
  };

  return (
    <div className="stack">
      <Link to="/questions" className="small">← All questions</Link>
      <div className="spread">
        <h1>{q.title}</h1>
        {user && (
          <button className="btn small" aria-pressed={q.bookmarked} onClick={toggleBookmark}>{q.bookmarked ? "★ Bookmarked" : "☆ Bookmark"}</button>
        )}
      </div>
      <LevelBadges difficulty={q.difficulty} level={q.level} topic={q.topic} />

      <section className="card stack" aria-labelledby="answer-title">
        <h2 id="answer-title">Your answer</h2>
        {user ? (
          <form className="stack" onSubmit={submit}>
            <SpeechInput base={answer} onTranscript={(t) => { setAnswer(t); setSpoken(true); }} onDuration={setDurationSec} />
            <label htmlFor="answer" className="sr-only">Your answer</label>
            <textarea
              id="answer"
              className="input"
              placeholder="Answer as you would in the interview: the direct answer, why, an example, the trade-off."
              value={answer}
              maxLength={ANSWER_MAX_CHARS}
              onChange={(e) => setAnswer(e.target.value)}
            />
            {submitError && <div className="alert error" role="alert">{submitError}</div>}
            <div className="spread">
              <span className="small muted">{answer.trim() ? answer.trim().split(/\s+/).length : 0} words</span>
              <button className="btn primary" type="submit" disabled={busy || !answer.trim()}>{busy ? "Grading…" : "Submit answer"}</button>
            </div>
          </form>
        ) : (
          <p><Link to="/login" state={{ from: `/questions/${q.id}` }}>Log in</Link> to answer and get feedback.</p>
        )}
      </section>

      {busy && streamed && (
        <section className="card" aria-live="polite"><h2>Feedback</h2><p>{streamed}</p></section>
      )}
      {attempt && !busy && <AnswerFeedback key={attempt.id} attempt={attempt} />}
      {attempt?.mode === "spoken" && attempt.durationSec ? (
        <SpeakingInsightsPanel transcript={attempt.answer} durationSeconds={attempt.durationSec} keyPoints={q.keyPoints.map((k) => k.text)} />
      ) : null}

      <section className="card stack">
        <div className="spread">
          <h2>Model answer</h2>
          <button className="btn" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>{revealed ? "Hide" : "Reveal answer"}</button>
        </div>
        {revealed && (
          <div className="stack" data-testid="model-answer">
            <h3>Key points</h3>
            <ul>{q.keyPoints.map((k, i) => <li key={i}>{k.text}</li>)}</ul>
            <Markdown source={q.answer} />
            <h3>In 60 seconds</h3>
            <Markdown source={q.shortAnswer} />
            {q.misconceptions.length > 0 && (
              <>
                <h3>Common misconceptions</h3>
                <ul>{q.misconceptions.map((m, i) => <li key={i}><strong>{m.claim}.</strong> {m.correction}</li>)}</ul>
              </>
            )}
          </div>
        )}
      </section>

      <section className="card stack">
        <h2>Follow-up questions</h2>
        <ul>{q.followUps.map((f, i) => <li key={i}>{f}</li>)}</ul>
        {q.related.length > 0 && (
          <>
            <h3>Related</h3>
            <ul>{q.related.map((r) => <li key={r.id}><Link to={`/questions/${r.id}`}>{r.title}</Link></li>)}</ul>
          </>
        )}
        <p className="small"><a href={`/api/v1/questions/${q.id}/markdown`} download>Export as Markdown</a> (the file format contributors send as a pull request)</p>
        <h3>References</h3>
        <ul>{q.references.map((r) => <li key={r.url}><a href={r.url} target="_blank" rel="noopener noreferrer">{r.title}</a></li>)}</ul>
      </section>

      {user && (history.data?.items.length ?? 0) > 0 && (
        <section className="card stack">
          <h2>Your attempts</h2>
          <ul className="list">
            {history.data!.items.map((a) => (
              <li key={a.id} className="spread">
                <span>{new Date(a.createdAt).toLocaleString()}</span>
                <span className="badge accent">{Math.round(a.score * 100)}%</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
