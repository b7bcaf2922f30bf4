/** Today: the plan, the streak, today's due reviews and new items, and one click to start. */
import { useCallback, useState } from "react";
import { Link } from "react-router-dom";
import type { Today } from "../../../common/api/practice";
import { api } from "../api/client";
import { useAuth } from "../auth";
import { topicName } from "../components/Badges";
import { FlashcardSession } from "../components/FlashcardSession";
import { useApi } from "../components/useApi";
import { Onboarding } from "./Onboarding";

export function TodayPage() {
  const { user } = useAuth();
  const today = useApi((s) => api.get<Today>("/today", s), [user?.id]);
  const [session, setSession] = useState(false);
  const [editingPlan, setEditingPlan] = useState(false);
  const reload = today.reload;
  const finished = useCallback(() => reload(), [reload]);

  if (today.error) return <div className="alert error">{today.error.message}</div>;
  const t = today.data;
  if (!t) return <p className="muted" aria-busy="true">Loading…</p>;

  if (!t.plan || editingPlan) {
    return (
      <div className="stack">
        <h1>Welcome, {user?.displayName}</h1>
        <Onboarding initial={t.plan ?? undefined} onSaved={() => { setEditingPlan(false); today.reload(); }} />
      </div>
    );
  }

  return (
    <div className="stack">
      <div className="spread">
        <h1>Today</h1>
        <div className="row">
          <span className="badge accent" data-testid="streak">🔥 {t.streak.current}-day streak</span>
          <button className="btn small ghost" onClick={() => setEditingPlan(true)}>Edit plan</button>
        </div>
      </div>
      {session ? (
        <FlashcardSession items={t.items} onFinished={finished} />
      ) : (
        <section className="card stack">
          {t.items.length === 0 ? (
            <>
              <h2>All done for today</h2>
              <p className="muted">{t.reviewedToday > 0 ? `You reviewed ${t.reviewedToday} item${t.reviewedToday === 1 ? "" : "s"} today. ` : ""}Nothing else is due. Answer a question in depth, or come back tomorrow.</p>
              <Link className="btn" to="/questions">Browse questions</Link>
            </>
          ) : (
            <>
              <h2>{t.dueCount} review{t.dueCount === 1 ? "" : "s"} and {t.newCount} new item{t.newCount === 1 ? "" : "s"}</h2>
              <p className="muted">About {t.estimatedMinutes} minutes. {t.plan.interviewDate ? `${t.plan.daysLeft} days to your interview.` : ""} {t.plan.onTrack ? "" : "At this daily budget you will not cover your focus topics before the interview."}</p>
              <ul className="list">
                {t.items.slice(0, 8).map((i) => (
                  <li key={`${i.itemType}:${i.itemId}`} className="spread">
                    <span>{i.title}</span>
                    <span className="row"><span className="badge">{topicName(i.topic)}</span><span className={`badge ${i.kind === "new" ? "accent" : ""}`}>{i.kind}</span></span>
                  </li>
                ))}
              </ul>
              <button className="btn primary" onClick={() => setSession(true)} autoFocus>Start today's session</button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
