/** Speaking insights for a spoken answer, computed in the browser (nothing is sent anywhere). */
import { computeSpeakingInsights } from "../../../common/speaking-insights";

export function SpeakingInsightsPanel({ transcript, durationSeconds, keyPoints }: { transcript: string; durationSeconds: number; keyPoints: string[] }) {
  const s = computeSpeakingInsights({ transcript, durationSeconds, keyPoints });
  return (
    <section className="card stack" aria-labelledby="insights-title" data-testid="speaking-insights">
      <h2 id="insights-title">Speaking insights</h2>
      <div className="grid">
        <div><div className="stat">{s.wordsPerMinute ?? "–"}</div><span className="small muted">words per minute ({s.pace})</span></div>
        <div><div className="stat">{s.fillerCount}</div><span className="small muted">filler words ({s.fillerRate.toFixed(1)} per 100 words)</span></div>
        <div><div className="stat">{s.length.seconds}s</div><span className="small muted">length: {s.length.verdict} (target {s.length.minSeconds}–{s.length.maxSeconds}s)</span></div>
      </div>
      {s.fillers.length > 0 && <p className="small">Fillers: {s.fillers.map((f) => `${f.term} ×${f.count}`).join(", ")}</p>}
      {s.jobTerms.length > 0 && <p className="small">Job-related terms you used: {s.jobTerms.map((t) => t.term).join(", ")}</p>}
      {s.topWords.length > 0 && <p className="small muted">Most used: {s.topWords.slice(0, 8).map((t) => `${t.term} (${t.count})`).join(", ")}</p>}
    </section>
  );
}
