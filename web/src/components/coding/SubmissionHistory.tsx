/** The user's submissions to one problem, newest first; each can be opened to see its result. */
import { LANGUAGE_NAMES, VERDICT_LABELS, type SubmissionSummary } from "../../../../common/api/coding";
import { formatMemory } from "./VerdictPanel";

function statusLabel(s: SubmissionSummary) {
  if (s.status === "done" && s.verdict) return VERDICT_LABELS[s.verdict];
  return s.status === "error" ? "Judge error" : s.status === "running" ? "Running…" : "Queued…";
}

export function SubmissionHistory({ items, selectedId, onOpen }: { items: SubmissionSummary[]; selectedId?: string; onOpen(id: string): void }) {
  if (!items.length) return <p className="muted small">No submissions yet. Run your code against the examples, then submit it.</p>;
  return (
    <ul className="list" data-testid="submission-history">
      {items.map((s) => (
        <li key={s.id} className="spread">
          <span className="row">
            <span className={`verdict small ${s.verdict === "accepted" ? "ok" : s.status === "done" || s.status === "error" ? "bad" : ""}`}>{statusLabel(s)}</span>
            <span className="small muted">
              {s.mode === "run" ? "Run" : "Submit"} · {LANGUAGE_NAMES[s.language]}
              {s.verdict === "accepted" && s.timeMs != null && s.memoryKb != null && ` · ${s.timeMs} ms · ${formatMemory(s.memoryKb)}`}
            </span>
          </span>
          <span className="row">
            <time className="small muted" dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleString()}</time>
            <button className="btn small" type="button" aria-pressed={selectedId === s.id} onClick={() => onOpen(s.id)}>
              View<span className="sr-only"> submission from {new Date(s.createdAt).toLocaleString()}</span>
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
