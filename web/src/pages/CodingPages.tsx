/** Coding challenges: the problem list (/coding) and one problem with its editor (/coding/:slug). */
import { useMemo } from "react";
import { Link, Route, Routes, useParams } from "react-router-dom";
import type { CodingList, CodingProblemDetail, CodingSummary, VisibleExample } from "../../../common/api/coding";
import { api, ApiError } from "../api/client";
import { useAuth } from "../auth";
import { showValue } from "../components/coding/VerdictPanel";
import { ProblemWorkspace } from "../components/coding/ProblemWorkspace";
import { FilterSelect } from "../components/FilterSelect";
import { Markdown } from "../components/Markdown";
import { ProblemListStates } from "../components/ProblemListStates";
import { useApi } from "../components/useApi";
import { useUrlParams } from "../components/useUrlParams";
import { NotFoundPage } from "./NotFoundPage";

export default function CodingPages() {
  return (
    <Routes>
      <Route index element={<CodingListPage />} />
      <Route path=":slug" element={<CodingProblemPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function SolvedBadge({ item }: { item: Pick<CodingSummary, "solved" | "attempted"> }) {
  if (item.solved) return <span className="badge solved" data-testid="solved-badge">✓ Solved</span>;
  if (item.attempted) return <span className="badge">Attempted</span>;
  return null;
}

function CodingListPage() {
  const { user } = useAuth();
  const [params, setParam] = useUrlParams();
  // 40-odd problems: load them all once and filter here, so every filter is instant.
  const list = useApi((signal) => api.get<CodingList>("/coding", signal), [user?.id]);
  const difficulty = params.get("difficulty") ?? "";
  const topic = params.get("topic") ?? "";
  const status = params.get("status") ?? "";

  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const topics = useMemo(() => [...new Set(items.flatMap((i) => i.topics))].sort(), [items]);
  const shown = items.filter(
    (i) => (!difficulty || i.difficulty === difficulty) && (!topic || i.topics.includes(topic)) && (!status || (status === "solved") === !!i.solved),
  );
  const solvedCount = items.filter((i) => i.solved).length;

  const setFilter = (name: string, value: string) => setParam(name, value, { replace: true });

  return (
    <div className="stack">
      <div className="spread">
        <h1>Coding challenges</h1>
        {user && items.length > 0 && <span className="muted" data-testid="solved-count">Solved {solvedCount} of {items.length}</span>}
      </div>
      <p className="muted">Backend-flavoured problems in JavaScript, TypeScript or Python: parsers, rate limiters, caches, schedulers. Your code runs in a sandbox against hidden tests.</p>
      <div className="toolbar" role="search" aria-label="Filter problems">
        <FilterSelect name="difficulty" label="Difficulty" value={difficulty} options={["easy", "medium", "hard"].map((v) => ({ value: v, label: v }))} onChange={(v) => setFilter("difficulty", v)} />
        <FilterSelect name="topic" label="Topic" value={topic} options={topics.map((t) => ({ value: t, label: t }))} onChange={(v) => setFilter("topic", v)} />
        {user && <FilterSelect name="status" label="Status" value={status} options={[{ value: "solved", label: "Solved" }, { value: "unsolved", label: "Not solved yet" }]} onChange={(v) => setFilter("status", v)} />}
      </div>
      <ProblemListStates error={list.error} loading={list.loading && !list.data} empty={shown.length === 0}>
        <ul className="list" data-testid="coding-list">
          {shown.map((p) => (
            <li key={p.slug} className="spread">
              <Link to={`/coding/${p.slug}`}><strong>{p.title}</strong></Link>
              <span className="row">
                <SolvedBadge item={p} />
                {p.topics.slice(0, 3).map((t) => <span key={t} className="badge accent">{t}</span>)}
                <span className={`badge ${p.difficulty}`}>{p.difficulty}</span>
              </span>
            </li>
          ))}
        </ul>
      </ProblemListStates>
    </div>
  );
}

function Example({ example, entry, kind }: { example: VisibleExample; entry: string; kind: CodingProblemDetail["kind"] }) {
  const call =
    kind === "function" && Array.isArray(example.input)
      ? `${entry}(${example.input.map((a) => JSON.stringify(a)).join(", ")})`
      : showValue(example.input);
  return (
    <div className="example stack">
      <strong className="small">{example.name}</strong>
      <pre><span className="muted">{kind === "function" ? "" : "input: "}</span>{call}{"\n"}<span className="muted">→ </span>{showValue(example.expected)}</pre>
    </div>
  );
}

function CodingProblemPage() {
  const { slug = "" } = useParams();
  const { user } = useAuth();
  const problem = useApi((signal) => api.get<{ problem: CodingProblemDetail }>(`/coding/${encodeURIComponent(slug)}`, signal), [slug, user?.id]);

  if (problem.error instanceof ApiError && problem.error.status === 404) return <NotFoundPage />;
  if (problem.error) return <div className="alert error" role="alert">{problem.error.message}</div>;
  const p = problem.data?.problem;
  if (!p) return <p className="muted" aria-busy="true">Loading…</p>;

  return (
    <div className="stack">
      <Link to="/coding" className="small">← All coding problems</Link>
      <div className="spread">
        <h1>{p.title}</h1>
        <span className="row">
          <SolvedBadge item={p} />
          {p.topics.map((t) => <span key={t} className="badge accent">{t}</span>)}
          <span className={`badge ${p.difficulty}`}>{p.difficulty}</span>
        </span>
      </div>
      {p.isolation === "fallback" && (
        <div className="alert warn" role="note" data-testid="isolation-warning">
          <strong>Reduced sandbox.</strong> This server cannot use its full code sandbox (bubblewrap), so submissions run with resource limits only. Fine for practice on your own machine; do not expose this server to untrusted users.
        </div>
      )}
      {p.isolation === "unavailable" && (
        <div className="alert error" role="alert">The code judge is not available on this server right now: you can read and write code, but not run it.</div>
      )}

      <div className="coding-layout">
        <div className="stack coding-statement">
          <section className="card stack" aria-labelledby="statement-title">
            <h2 id="statement-title" className="sr-only">Problem statement</h2>
            <Markdown source={p.statement} />
            <p className="small muted">
              Define <code>{p.entry}</code> at the top level{p.kind === "class" ? " as a class" : ""}. Limits: {p.limits.timeLimitMs / 1000} s CPU, {p.limits.memoryMb} MB memory. {p.hiddenCount} hidden tests run on submit.
              {p.compare === "unordered" && " The order of the returned list does not matter."}
              {p.compare === "float" && " Numbers are compared with a relative tolerance of 1e-6."}
            </p>
          </section>

          <section className="card stack" aria-labelledby="examples-title">
            <h2 id="examples-title">Examples</h2>
            {p.examples.map((e) => <Example key={e.name} example={e} entry={p.entry} kind={p.kind} />)}
          </section>

          {p.hints.length > 0 && (
            <section className="card stack" aria-labelledby="hints-title">
              <h2 id="hints-title">Hints</h2>
              {p.hints.map((h, i) => (
                <details key={i} className="hint">
                  <summary>Hint {i + 1}</summary>
                  <p>{h}</p>
                </details>
              ))}
            </section>
          )}

          <section className="card stack" aria-labelledby="editorial-title">
            <h2 id="editorial-title">Editorial</h2>
            {p.editorial ? (
              <div data-testid="editorial"><Markdown source={p.editorial} /></div>
            ) : (
              <p className="muted small">The editorial (approach, complexity, trade-offs) unlocks once you have an accepted submission.</p>
            )}
          </section>
        </div>

        <ProblemWorkspace key={p.slug} problem={p} onSolved={problem.reload} />
      </div>
    </div>
  );
}
