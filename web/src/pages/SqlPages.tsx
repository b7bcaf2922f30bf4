/**
 * SQL practice: the problem list (/sql, filters in the URL) and one problem (/sql/:slug) —
 * statement, schema, editor with completion, Run / Submit / Explain, history and, once solved, the editorial.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, Route, Routes, useParams } from "react-router-dom";
import type { SqlExplainResult, SqlProblemDetail, SqlProblemList, SqlRunResult, SqlSubmission } from "../../../common/api/sql";
import { SQL_QUERY_MAX_BYTES } from "../../../common/api/sql";
import { api, ApiError } from "../api/client";
import { useAuth } from "../auth";
import { FilterSelect } from "../components/FilterSelect";
import { Markdown } from "../components/Markdown";
import { ProblemListStates } from "../components/ProblemListStates";
import { useApi } from "../components/useApi";
import { DatasetSchema } from "../components/sql/DatasetSchema";
import { PlanTree } from "../components/sql/PlanTree";
import { ResultGrid } from "../components/sql/ResultGrid";
import { SqlEditor } from "../components/sql/SqlEditor";
import { SubmissionVerdict, VerdictBadge } from "../components/sql/SubmissionVerdict";
import { useUrlParams } from "../components/useUrlParams";
import { NotFoundPage } from "./NotFoundPage";

export default function SqlPages() {
  return (
    <Routes>
      <Route index element={<SqlProblemListPage />} />
      <Route path=":slug" element={<SqlProblemRoute />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const TYPE_LABELS: Record<string, string> = { query: "Query", dml: "Modify data", index: "Indexing", schema: "Schema design" };

function SqlProblemListPage() {
  const { user } = useAuth();
  const [params, setParam] = useUrlParams();
  const list = useApi((signal) => api.get<SqlProblemList>("/sql", signal), [user?.id]);
  const filter = { difficulty: params.get("difficulty") ?? "", type: params.get("type") ?? "", dataset: params.get("dataset") ?? "", status: params.get("status") ?? "" };
  const setFilter = (name: keyof typeof filter, value: string) => setParam(name, value, { replace: true });

  const items = (list.data?.items ?? []).filter(
    (p) =>
      (!filter.difficulty || p.difficulty === filter.difficulty) &&
      (!filter.type || p.type === filter.type) &&
      (!filter.dataset || p.dataset === filter.dataset) &&
      (!filter.status || (filter.status === "solved" ? p.solved : filter.status === "attempted" ? p.attempted && !p.solved : !p.attempted)),
  );
  const solvedCount = list.data?.items.filter((p) => p.solved).length ?? 0;
  const datasetTitle = (name: string) => list.data?.datasets.find((d) => d.name === name)?.title ?? name;

  return (
    <div className="stack">
      <div className="spread">
        <h1>SQL practice</h1>
        {user && list.data && <span className="muted" data-testid="sql-solved-count">{solvedCount} of {list.data.items.length} solved</span>}
      </div>
      <p className="muted">Write PostgreSQL against realistic datasets. Every query runs in a throw-away sandbox and is compared with a reference result.</p>
      <div className="toolbar" role="search" aria-label="Filter SQL problems">
        <FilterSelect idPrefix="sql-filter" name="difficulty" label="Difficulty" value={filter.difficulty} options={["easy", "medium", "hard"].map((v) => ({ value: v, label: v }))} onChange={(v) => setFilter("difficulty", v)} />
        <FilterSelect idPrefix="sql-filter" name="type" label="Type" value={filter.type} options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))} onChange={(v) => setFilter("type", v)} />
        <FilterSelect idPrefix="sql-filter" name="dataset" label="Dataset" value={filter.dataset} options={(list.data?.datasets ?? []).map((d) => ({ value: d.name, label: d.title }))} onChange={(v) => setFilter("dataset", v)} />
        {user && (
          <FilterSelect idPrefix="sql-filter" name="status" label="My progress" value={filter.status} options={[{ value: "unsolved", label: "Not tried" }, { value: "attempted", label: "Tried, not solved" }, { value: "solved", label: "Solved" }]} onChange={(v) => setFilter("status", v)} />
        )}
      </div>
      <ProblemListStates error={list.error} loading={list.loading && !list.data} empty={items.length === 0}>
        <ul className="list" data-testid="sql-problem-list">
          {items.map((p) => (
            <li key={p.slug} className="spread">
              <div className="stack" style={{ gap: 4 }}>
                <span className="row">
                  {p.solved ? <span className="badge solved" aria-label="Solved">✓ Solved</span> : p.attempted ? <span className="badge">Tried</span> : null}
                  <Link to={`/sql/${p.slug}`}><strong>{p.title}</strong></Link>
                </span>
                <span className="small muted">{p.topics.join(" · ")}</span>
              </div>
              <span className="row">
                <span className="badge accent">{TYPE_LABELS[p.type]}</span>
                <span className="badge">{datasetTitle(p.dataset)}</span>
                <span className={`badge ${p.difficulty}`}>{p.difficulty}</span>
              </span>
            </li>
          ))}
        </ul>
      </ProblemListStates>
    </div>
  );
}

type Output =
  | { kind: "run"; result: SqlRunResult }
  | { kind: "submit"; submission: SqlSubmission }
  | { kind: "explain"; result: SqlExplainResult };

const draftKey = (slug: string) => `backprep.sql.draft.${slug}`;
const STARTER = "SELECT\n  \nFROM ";

function readDraft(slug: string): string {
  try {
    return localStorage.getItem(draftKey(slug)) ?? STARTER;
  } catch {
    return STARTER; // storage disabled (private mode): start from the template
  }
}

// One component per problem: moving to another problem starts from fresh state and its own draft.
function SqlProblemRoute() {
  const { slug = "" } = useParams();
  return <SqlProblemPage key={slug} slug={slug} />;
}

function SqlProblemPage({ slug }: { slug: string }) {
  const { user } = useAuth();
  const problem = useApi((signal) => api.get<SqlProblemDetail>(`/sql/${encodeURIComponent(slug)}`, signal), [slug, user?.id]);
  const history = useApi(
    (signal) => (user ? api.get<{ items: SqlSubmission[] }>(`/sql/${encodeURIComponent(slug)}/submissions`, signal) : Promise.resolve({ items: [] })),
    [slug, user?.id],
  );
  const [query, setQuery] = useState(() => readDraft(slug));
  const [editorKey, setEditorKey] = useState(0);
  const [busy, setBusy] = useState<Output["kind"]>();
  const [output, setOutput] = useState<Output>();
  const [requestError, setRequestError] = useState<string>();
  const [hintsShown, setHintsShown] = useState(0);
  const outputRef = useRef<HTMLElement>(null);

  // The draft is saved per problem as the user types.
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(draftKey(slug), query);
      } catch (err) {
        console.warn("Could not save the draft", err);
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [slug, query]);

  const schema = useMemo(
    () => Object.fromEntries((problem.data?.datasetInfo.tables ?? []).map((t) => [t.name, t.columns.map((c) => c.name)])),
    [problem.data],
  );

  if (problem.error instanceof ApiError && problem.error.status === 404) return <NotFoundPage />;
  if (problem.error) return <div className="alert error" role="alert">{problem.error.message}</div>;
  const p = problem.data;
  if (!p) return <p className="muted" aria-busy="true">Loading…</p>;

  const tooLong = new TextEncoder().encode(query).length > SQL_QUERY_MAX_BYTES;
  const canRun = Boolean(user) && !busy && query.trim().length > 0 && !tooLong;

  const act = async (kind: Output["kind"]) => {
    if (!canRun) return;
    setBusy(kind);
    setRequestError(undefined);
    const base = `/sql/${encodeURIComponent(p.slug)}`;
    try {
      if (kind === "run") setOutput({ kind, result: await api.post<SqlRunResult>(`${base}/run`, { query }) });
      else if (kind === "explain") setOutput({ kind, result: await api.post<SqlExplainResult>(`${base}/explain`, { query }) });
      else {
        const { submission } = await api.post<{ submission: SqlSubmission }>(`${base}/submissions`, { query });
        setOutput({ kind, submission });
        history.reload();
        if (submission.verdict === "accepted" && !p.solved) problem.reload();
      }
      outputRef.current?.focus({ preventScroll: true });
    } catch (err) {
      setRequestError(err instanceof ApiError ? (err.fieldError("query") ?? err.message) : String(err));
    } finally {
      setBusy(undefined);
    }
  };

  const loadQuery = (text: string) => {
    setQuery(text);
    setEditorKey((k) => k + 1);
  };

  return (
    <div className="stack sql-page">
      <Link to="/sql" className="small">← All SQL problems</Link>
      <div className="spread">
        <h1>{p.title}</h1>
        {p.solved && <span className="badge solved" data-testid="solved-badge">✓ Solved</span>}
      </div>
      <span className="row">
        <span className="badge accent">{TYPE_LABELS[p.type]}</span>
        <span className={`badge ${p.difficulty}`}>{p.difficulty}</span>
        {p.topics.map((t) => <span key={t} className="badge">{t}</span>)}
      </span>

      <div className="sql-layout">
        <section className="card stack sql-task" aria-labelledby="statement-title">
            <h2 id="statement-title">Task</h2>
            <Markdown source={p.statement} />
            <p className="small muted">
              {p.ordered ? "Row order matters." : "Row order does not matter."} Time limit {p.timeLimitMs / 1000} s.
            </p>
            {p.hints.length > 0 && (
              <div className="stack">
                {p.hints.slice(0, hintsShown).map((h, i) => (
                  <div key={i} className="alert info"><strong>Hint {i + 1}.</strong> <Markdown source={h} className="inline-md" /></div>
                ))}
                {hintsShown < p.hints.length && (
                  <button className="btn small" onClick={() => setHintsShown((n) => n + 1)}>Show hint {hintsShown + 1} of {p.hints.length}</button>
                )}
              </div>
            )}
        </section>
        <section className="card stack sql-schema" aria-labelledby="schema-title">
          <h2 id="schema-title">Schema: {p.datasetInfo.title}</h2>
          <DatasetSchema dataset={p.datasetInfo} />
        </section>

        <div className="stack sql-main">
          <section className="card stack" aria-labelledby="editor-title">
            <div className="spread">
              <h2 id="editor-title">Your SQL</h2>
              <span className="small muted"><kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd> run · add <kbd>Shift</kbd> to submit</span>
            </div>
            <SqlEditor
              key={editorKey}
              id="sql-query"
              label="SQL query"
              initialValue={query}
              onChange={setQuery}
              schema={schema}
              onRun={() => void act("run")}
              onSubmit={() => void act("submit")}
            />
            {tooLong && <div className="field-error">The query is longer than {SQL_QUERY_MAX_BYTES / 1024} KB.</div>}
            {requestError && <div className="alert error" role="alert">{requestError}</div>}
            {user ? (
              <div className="row">
                <button className="btn" onClick={() => void act("run")} disabled={!canRun}>{busy === "run" ? "Running…" : "Run"}</button>
                <button className="btn primary" onClick={() => void act("submit")} disabled={!canRun}>{busy === "submit" ? "Judging…" : "Submit"}</button>
                <button className="btn" onClick={() => void act("explain")} disabled={!canRun}>{busy === "explain" ? "Explaining…" : "Explain"}</button>
              </div>
            ) : (
              <p><Link to="/login" state={{ from: `/sql/${p.slug}` }}>Log in</Link> to run and submit queries.</p>
            )}
          </section>

          <section className="card stack sql-output" aria-labelledby="output-title" aria-live="polite" aria-busy={Boolean(busy)} tabIndex={-1} ref={outputRef}>
            <h2 id="output-title">{output?.kind === "submit" ? "Verdict" : output?.kind === "explain" ? "Query plan" : "Result"}</h2>
            {!output ? (
              <p className="muted">Run your query to see its result here (first 200 rows), submit it for a verdict, or explain it to see the plan.</p>
            ) : output.kind === "run" ? (
              <ResultGrid result={output.result} />
            ) : output.kind === "explain" ? (
              <PlanTree result={output.result} />
            ) : (
              <SubmissionVerdict submission={output.submission} />
            )}
          </section>

          {user && (history.data?.items.length ?? 0) > 0 && (
            <section className="card stack" aria-labelledby="history-title">
              <h2 id="history-title">Your submissions</h2>
              <ul className="list" data-testid="sql-history">
                {history.data!.items.map((s) => (
                  <li key={s.id}>
                    <details>
                      <summary className="spread">
                        <VerdictBadge verdict={s.verdict} />
                        <span className="small muted">{new Date(s.createdAt).toLocaleString()} · {s.timeMs} ms</span>
                      </summary>
                      <div className="stack" style={{ marginTop: 8 }}>
                        <pre>{s.query}</pre>
                        {s.verdict !== "accepted" && <p className="small sql-message">{s.message}</p>}
                        <div><button className="btn small" onClick={() => loadQuery(s.query)}>Load into the editor</button></div>
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {p.editorial && (
            <section className="card stack" aria-labelledby="editorial-title" data-testid="sql-editorial">
              <h2 id="editorial-title">Editorial</h2>
              <Markdown source={p.editorial} />
              {p.reference && (
                <>
                  <h3>Reference solution</h3>
                  <pre>{p.reference}</pre>
                </>
              )}
            </section>
          )}
          {!p.editorial && user && <p className="small muted">The editorial unlocks once your submission is accepted.</p>}
        </div>
      </div>
    </div>
  );
}
