/** Progress: streak and heatmap, readiness with its explanation, mastery by topic, charts. */
import { lazy, Suspense, useMemo } from "react";
import { Link } from "react-router-dom";
import type { Progress } from "../../../common/api/practice";
import { api } from "../api/client";
import { topicName } from "../components/Badges";
import { useApi } from "../components/useApi";

const TimeChart = lazy(() => import("../components/TimeChart").then((m) => ({ default: m.TimeChart })));

const level = (count: number) => (count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4);

export function ProgressPage() {
  const progress = useApi((s) => api.get<Progress>("/progress", s), []);
  const p = progress.data;
  const charts = useMemo(() => {
    if (!p) return undefined;
    return {
      reviews: { days: p.reviewsPerDay.map((d) => d.day), series: [{ label: "Reviews per day", values: p.reviewsPerDay.map((d) => d.reviews), bars: true }] },
      grade: { days: p.averageGrade.map((d) => d.day), series: [{ label: "Average grade", values: p.averageGrade.map((d) => Math.round(d.grade * 100)) }] },
      forecast: { days: p.forecast.map((d) => d.day), series: [{ label: "Reviews due", values: p.forecast.map((d) => d.due), bars: true }] },
    };
  }, [p]);

  if (progress.error) return <div className="alert error">{progress.error.message}</div>;
  if (!p || !charts) return <p className="muted" aria-busy="true">Loading…</p>;

  if (p.totalReviews === 0) {
    return (
      <div className="stack">
        <h1>Progress</h1>
        <div className="card empty" data-testid="progress-empty">
          <p>No practice yet. Your streak, mastery per topic and readiness score appear after your first review.</p>
          <Link className="btn primary" to="/">Start today's session</Link>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <h1>Progress</h1>
      <div className="grid">
        <section className="card">
          <h2>Streak</h2>
          <div className="stat" data-testid="progress-streak">{p.streak.current} day{p.streak.current === 1 ? "" : "s"}</div>
          <p className="small muted">Longest {p.streak.longest}. {p.streak.frozenDays.length ? `A freeze covered ${p.streak.frozenDays.join(", ")}.` : "One missed day a week is covered by a freeze."}</p>
        </section>
        <section className="card">
          <h2>Readiness</h2>
          <div className="stat" data-testid="readiness">{p.readiness.score}<span className="small muted"> / 100</span></div>
          <details>
            <summary className="small">How is this computed?</summary>
            <p className="small muted">{p.readiness.explanation}</p>
          </details>
        </section>
        <section className="card">
          <h2>Practise these next</h2>
          <ul className="list">
            {p.readiness.weakest.map((w) => (
              <li key={w.topic} className="spread">
                <Link to={`/questions?topic=${w.topic}`}>{topicName(w.topic)}</Link>
                <span className="small muted">{Math.round(w.mastery * 100)}%</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="card stack">
        <h2>Practice calendar</h2>
        <div className="heatmap" data-testid="heatmap" aria-label="Reviews per day over the last six months">
          {p.heatmap.map((d) => <span key={d.day} data-level={level(d.count)} title={`${d.day}: ${d.count} review${d.count === 1 ? "" : "s"}`} />)}
        </div>
      </section>

      <Suspense fallback={<p className="muted">Loading charts…</p>}>
        <div className="grid" style={{ gridTemplateColumns: "repeat(auto-fill, minmax(320px, 1fr))" }}>
          <section className="card"><h2>Reviews per day</h2><TimeChart {...charts.reviews} /></section>
          <section className="card"><h2>Average grade (%)</h2><TimeChart {...charts.grade} yMax={100} /></section>
          <section className="card"><h2>Due in the next 14 days</h2><TimeChart {...charts.forecast} /></section>
        </div>
      </Suspense>

      <section className="card stack">
        <h2>Mastery by topic</h2>
        {p.mastery.filter((m) => m.total > 0).map((m) => (
          <div key={m.topic} className="stack" style={{ gap: 4 }}>
            <div className="spread small"><span>{topicName(m.topic)}</span><span className="muted">{Math.round(m.mastery * 100)}% · {m.practised}/{m.total} practised</span></div>
            <div className="bar"><span style={{ width: `${Math.round(m.mastery * 100)}%` }} /></div>
          </div>
        ))}
      </section>
    </div>
  );
}
