/** Feedback on one attempt: score, key points with evidence highlighted in the answer, misconceptions, disputes. */
import { useState } from "react";
import type { Attempt } from "../../../common/api/attempts";
import { api } from "../api/client";

type SpanKind = "evidence" | "misconception" | "contradiction";
const SPAN_TITLE: Record<SpanKind, string> = {
  evidence: "Evidence for a key point",
  misconception: "Misconception",
  contradiction: "Says a key point the other way round",
};

/** The answer with every evidence span marked, wrong claims in red; the rest stays plain, escaped text. */
function AnswerWithEvidence({ attempt }: { attempt: Attempt }) {
  type Span = { start: number; end: number; kind: SpanKind };
  const spans: Span[] = [
    ...attempt.keyPoints.flatMap((k): Span[] => (k.evidence ? [{ ...k.evidence, kind: "evidence" }] : [])),
    ...attempt.misconceptions.map((m): Span => ({ ...m.evidence, kind: "misconception" })),
    ...attempt.keyPoints.flatMap((k): Span[] => (k.contradiction ? [{ ...k.contradiction, kind: "contradiction" }] : [])),
  ].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let pos = 0;
  spans.forEach((s, i) => {
    if (s.start < pos) return; // overlapping spans: keep the first
    parts.push(<span key={`t${i}`}>{attempt.answer.slice(pos, s.start)}</span>);
    parts.push(
      <mark key={`m${i}`} className={s.kind === "evidence" ? undefined : "wrong"} title={SPAN_TITLE[s.kind]}>
        {attempt.answer.slice(s.start, s.end)}
      </mark>,
    );
    pos = s.end;
  });
  parts.push(<span key="end">{attempt.answer.slice(pos)}</span>);
  return <p className="answer-text" data-testid="answer-with-evidence" style={{ whiteSpace: "pre-wrap" }}>{parts}</p>;
}

export function AnswerFeedback({ attempt, onDisputed }: { attempt: Attempt; onDisputed?(index: number): void }) {
  const [disputed, setDisputed] = useState(() => new Set(attempt.keyPoints.filter((k) => k.disputed).map((k) => k.index)));
  const percent = Math.round(attempt.score * 100);

  const dispute = async (index: number, claimedCovered: boolean) => {
    await api.post(`/attempts/${attempt.id}/disputes`, { keyPointIndex: index, claimedCovered });
    setDisputed((s) => new Set(s).add(index));
    onDisputed?.(index);
  };

  return (
    <section className="card stack" aria-labelledby="feedback-title" data-testid="feedback">
      <div className="spread">
        <h2 id="feedback-title">Feedback</h2>
        <span className="score" aria-label={`Score ${percent} percent`}>{percent}%</span>
      </div>
      {attempt.note && <div className="alert warn">{attempt.note}</div>}
      <p>{attempt.feedback}</p>
      <h3>Your answer</h3>
      <AnswerWithEvidence attempt={attempt} />
      <h3>Key points</h3>
      <div className="stack">
        {attempt.keyPoints.map((k) => (
          <div key={k.index} className={`kp ${k.covered ? "covered" : "missed"}`} data-testid="key-point" data-covered={k.covered}>
            <span className="icon" aria-hidden>{k.covered ? "✓" : "○"}</span>
            <div style={{ flex: 1 }}>
              <div>{k.text}</div>
              {k.evidence && <div className="small muted">You said: “<mark>{k.evidence.quote}</mark>”</div>}
              {k.contradiction && <div className="small" style={{ color: "var(--bad)" }}>Your answer says the opposite: “{k.contradiction.quote}”</div>}
            </div>
            {disputed.has(k.index) ? (
              <span className="small muted">Disputed — thanks</span>
            ) : (
              <button className="btn small ghost" onClick={() => dispute(k.index, !k.covered)}>
                {k.covered ? "I didn't say this" : "I did cover this"}
              </button>
            )}
          </div>
        ))}
      </div>
      {attempt.misconceptions.length > 0 && (
        <>
          <h3>Misconceptions</h3>
          {attempt.misconceptions.map((m, i) => (
            <div key={i} className="alert error" data-testid="misconception">
              <strong>{m.claim}</strong> — “{m.evidence.quote}”
              <div>{m.correction}</div>
            </div>
          ))}
        </>
      )}
      {attempt.followUp && (
        <div className="alert info"><strong>Try next:</strong> {attempt.followUp}</div>
      )}
      <p className="small muted">Graded by the {attempt.grader === "llm" ? "language model" : "offline"} grader.</p>
    </section>
  );
}
