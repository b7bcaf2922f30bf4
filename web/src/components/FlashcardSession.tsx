/**
 * A review session driven entirely by the keyboard: Space reveals the answer, 1–4
 * rate it (each button shows the interval it would schedule), U undoes the last rating.
 */
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router-dom";
import type { TodayItem } from "../../../common/api/practice";
import { api, ApiError } from "../api/client";

const RATINGS = [
  { value: 1, label: "Again" },
  { value: 2, label: "Hard" },
  { value: 3, label: "Good" },
  { value: 4, label: "Easy" },
] as const;

export function FlashcardSession({ items, onFinished }: { items: TodayItem[]; onFinished(): void }) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [history, setHistory] = useState<number[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const item = items[index];
  const done = index >= items.length;

  const rate = useCallback(
    async (rating: 1 | 2 | 3 | 4) => {
      if (!item || !revealed || busy) return;
      setBusy(true);
      try {
        await api.post("/reviews", { itemType: item.itemType, itemId: item.itemId, rating, expectedVersion: item.version });
        setHistory((h) => [...h, index]);
        setIndex((i) => i + 1);
        setRevealed(false);
        setMessage(undefined);
      } catch (err) {
        setMessage(err instanceof ApiError && err.status === 409 ? "This card was already rated elsewhere; skipping it." : String(err));
        if (err instanceof ApiError && err.status === 409) {
          setIndex((i) => i + 1);
          setRevealed(false);
        }
      } finally {
        setBusy(false);
      }
    },
    [item, revealed, busy, index],
  );

  const undo = useCallback(async () => {
    if (!history.length || busy) return;
    setBusy(true);
    try {
      await api.post("/reviews/undo");
      const last = history.at(-1)!;
      setHistory((h) => h.slice(0, -1));
      setIndex(last);
      setRevealed(true);
      setMessage("Last rating undone.");
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, [history, busy]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName)) return;
      if (e.key === " " && !done) {
        e.preventDefault();
        setRevealed(true);
      } else if (["1", "2", "3", "4"].includes(e.key)) {
        void rate(Number(e.key) as 1 | 2 | 3 | 4);
      } else if (e.key === "u" || e.key === "U") {
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rate, undo, done]);

  useEffect(() => {
    if (done) onFinished();
  }, [done, onFinished]);

  if (done) {
    return (
      <section className="card stack" data-testid="session-complete">
        <h2>Session complete</h2>
        <p>You reviewed {history.length} item{history.length === 1 ? "" : "s"}. {history.length > 0 && "Press U to undo the last rating."}</p>
        <Link className="btn primary" to="/progress">See your progress</Link>
      </section>
    );
  }

  return (
    <section className="card stack" aria-live="polite" data-testid="flashcard">
      <div className="spread">
        <span className="small muted">Card {index + 1} of {items.length} · {item!.kind === "new" ? "new" : "review"}</span>
        <span className="small muted">Space: reveal · 1–4: rate · U: undo</span>
      </div>
      <h2>{item!.title}</h2>
      {revealed ? (
        <div className="stack" data-testid="flashcard-back">
          {item!.keyPoints && <ul>{item!.keyPoints.map((k, i) => <li key={i}>{k}</li>)}</ul>}
          {item!.shortAnswer && <p className="muted">{item!.shortAnswer}</p>}
          {item!.itemType === "question" && <Link to={`/questions/${item!.itemId}`} className="small">Answer it in full for graded feedback →</Link>}
          {item!.itemType !== "question" && (
            <p>
              <Link to={`/${item!.itemType}/${item!.itemId}`} target="_blank">Open the {item!.itemType === "sql" ? "SQL" : "coding"} problem in a new tab</Link>, solve it, then rate how it went.
            </p>
          )}
          <div className="row" role="group" aria-label="Rate your recall">
            {RATINGS.map((r) => (
              <button key={r.value} className={`btn${r.value === 3 ? " primary" : ""}`} onClick={() => void rate(r.value)} disabled={busy}>
                <kbd>{r.value}</kbd> {r.label} <span className="small muted">{item!.intervals[r.value]}</span>
              </button>
            ))}
          </div>
        </div>
      ) : (
        <button className="btn primary" onClick={() => setRevealed(true)}>Show answer <kbd>Space</kbd></button>
      )}
      {message && <div className="alert info" role="status">{message}</div>}
      {history.length > 0 && <button className="btn ghost small" onClick={() => void undo()}>Undo last rating (U)</button>}
    </section>
  );
}
