/** Today: what to practise next — unanswered Top 10 questions first, then bookmarks. */
import { Link } from "react-router-dom";
import type { QuestionList } from "../../../common/api/questions";
import { api } from "../api/client";
import { useAuth } from "../auth";
import { LevelBadges } from "../components/Badges";
import { useApi } from "../components/useApi";

export function TodayPage() {
  const { user } = useAuth();
  const next = useApi((s) => api.get<QuestionList>("/questions?collection=top-10&status=new&limit=5", s), [user?.id]);
  const bookmarked = useApi((s) => api.get<QuestionList>("/questions?status=bookmarked&limit=5", s), [user?.id]);
  const learning = useApi((s) => api.get<QuestionList>("/questions?status=learning&limit=5", s), [user?.id]);

  const sections = [
    { title: "Start with the Top 10", data: next.data, empty: "You have answered every Top 10 question. Explore the bank by topic." },
    { title: "Improve these", data: learning.data, empty: "Nothing to improve yet: answers that score under 80% show up here." },
    { title: "Bookmarked", data: bookmarked.data, empty: "Bookmark questions to keep them at hand." },
  ];

  return (
    <div className="stack">
      <h1>Good to see you, {user?.displayName}</h1>
      <p className="muted">Answer out loud or in writing, as you would in the interview, and read the feedback on what you covered.</p>
      {sections.map((s) => (
        <section key={s.title} className="card stack">
          <h2>{s.title}</h2>
          {!s.data ? (
            <p className="muted" aria-busy="true">Loading…</p>
          ) : s.data.items.length === 0 ? (
            <p className="muted">{s.empty}</p>
          ) : (
            <ul className="list">
              {s.data.items.map((q) => (
                <li key={q.id} className="spread">
                  <Link to={`/questions/${q.id}`}>{q.title}</Link>
                  <LevelBadges difficulty={q.difficulty} level={q.level} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <Link className="btn primary" to="/questions">Browse all questions</Link>
    </div>
  );
}
