/** The question bank: filters in the URL (shareable), ranked search, "load more" with cursors. */
import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import type { QuestionList, QuestionSummary } from "../../../common/api/questions";
import { COLLECTIONS, TOPICS } from "../../../common/content/topics";
import { api } from "../api/client";
import { useAuth } from "../auth";
import { LevelBadges } from "../components/Badges";
import { FilterSelect } from "../components/FilterSelect";
import { Highlighted } from "../components/Highlighted";
import { useUrlParams } from "../components/useUrlParams";

type Filter = "topic" | "difficulty" | "level" | "collection" | "status";

export function QuestionsPage() {
  const { user } = useAuth();
  const [params, setParam] = useUrlParams();
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [items, setItems] = useState<QuestionSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const query = params.toString();

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api
      .get<QuestionList>(`/questions?${query}`, controller.signal)
      .then((page) => {
        setItems(page.items);
        setNextCursor(page.nextCursor);
      })
      .catch((err: Error) => !controller.signal.aborted && setError(err.message))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [query]);

  // Search as the user types, after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get("q") ?? "") === search) return;
      setParam("q", search.trim() ? search : "", { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [search, params, setParam]);

  const setFilter = (name: Filter, value: string) => setParam(name, value);

  const loadMore = async () => {
    if (!nextCursor) return;
    const next = new URLSearchParams(params);
    next.set("cursor", nextCursor);
    const page = await api.get<QuestionList>(`/questions?${next}`);
    setItems((old) => [...old, ...page.items]);
    setNextCursor(page.nextCursor);
  };

  return (
    <div className="stack">
      <div className="spread">
        <h1>Questions</h1>
        <button className={`btn${params.get("collection") === "top-10" ? " primary" : ""}`} onClick={() => setFilter("collection", params.get("collection") === "top-10" ? "" : "top-10")}>
          ★ Top 10 backend questions
        </button>
      </div>
      <div className="toolbar" role="search">
        <div className="field" style={{ flex: "2 1 260px" }}>
          <label htmlFor="search">Search</label>
          <input id="search" className="input" type="search" placeholder="e.g. idempotency, cache stampede, isolation levels" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <FilterSelect name="topic" label="Topic" value={params.get("topic") ?? ""} options={TOPICS.map((t) => ({ value: t.id, label: t.name }))} onChange={(v) => setFilter("topic", v)} />
        <FilterSelect name="difficulty" label="Difficulty" value={params.get("difficulty") ?? ""} options={["easy", "medium", "hard"].map((v) => ({ value: v, label: v }))} onChange={(v) => setFilter("difficulty", v)} />
        <FilterSelect name="level" label="Level" value={params.get("level") ?? ""} options={["junior", "mid", "senior"].map((v) => ({ value: v, label: v }))} onChange={(v) => setFilter("level", v)} />
        <FilterSelect name="collection" label="Collection" value={params.get("collection") ?? ""} options={COLLECTIONS.map((c) => ({ value: c.id, label: c.name }))} onChange={(v) => setFilter("collection", v)} />
        {user && (
          <FilterSelect name="status" label="My progress" value={params.get("status") ?? ""} options={[{ value: "new", label: "New" }, { value: "learning", label: "Learning" }, { value: "mastered", label: "Mastered" }, { value: "bookmarked", label: "Bookmarked" }]} onChange={(v) => setFilter("status", v)} />
        )}
      </div>
      {error && <div className="alert error" role="alert">{error}</div>}
      {loading && !items.length ? (
        <p className="muted" aria-busy="true">Loading questions…</p>
      ) : items.length === 0 ? (
        <div className="card empty">No questions match these filters. Try a broader search.</div>
      ) : (
        <div className="card">
          <ul className="list" data-testid="question-list">
            {items.map((q) => (
              <li key={q.id}>
                <div className="spread">
                  <Link to={`/questions/${q.id}`} className="question-link"><strong>{q.title}</strong></Link>
                  <LevelBadges difficulty={q.difficulty} level={q.level} topic={q.topic} />
                </div>
                {q.snippet && <p className="small muted" style={{ marginTop: 6 }}><Highlighted text={q.snippet} /></p>}
                {q.lastScore != null && <span className="small muted">Last score {Math.round(q.lastScore * 100)}%</span>}
              </li>
            ))}
          </ul>
          <div className="row">
            {nextCursor && <button className="btn" onClick={loadMore}>Load more</button>}
            <a className="btn ghost small" href={`/api/v1/questions/export/anki?${new URLSearchParams([...params].filter(([k]) => ["topic", "difficulty", "level", "collection", "q"].includes(k)))}`} download>
              Export these to Anki
            </a>
          </div>
        </div>
      )}
    </div>
  );
}
