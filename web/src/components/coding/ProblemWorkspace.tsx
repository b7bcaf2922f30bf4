/**
 * Where the user writes code: language switch, the editor with a draft per language, Run and
 * Submit (judged asynchronously: the page polls the submission), the verdict and the history.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "react-router-dom";
import { CODE_LANGUAGES, LANGUAGE_NAMES, type CodeLanguage, type CodingProblemDetail, type JudgeMode, type Submission, type SubmissionSummary } from "../../../../common/api/coding";
import { api, ApiError } from "../../api/client";
import { useAuth } from "../../auth";
import { useApi } from "../useApi";
import { CodeEditor } from "./CodeEditor";
import { clearDraft, loadDraft, preferredLanguage, saveDraft, savePreferredLanguage } from "./drafts";
import { SubmissionHistory } from "./SubmissionHistory";
import { VerdictPanel } from "./VerdictPanel";

const POLL_MS = [300, 500, 800, 1000];

export function ProblemWorkspace({ problem, onSolved }: { problem: CodingProblemDetail; onSolved(): void }) {
  const { user } = useAuth();
  const slug = problem.slug;
  const [language, setLanguage] = useState<CodeLanguage>(preferredLanguage);
  const [source, setSource] = useState(() => loadDraft(slug, language) ?? problem.starters[language]);
  // Bumped to remount the editor with a document set from outside (language, reset, restore).
  const [editorVersion, setEditorVersion] = useState(0);
  const [current, setCurrent] = useState<Submission>();
  const [busy, setBusy] = useState<JudgeMode>();
  const [error, setError] = useState<string>();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => void (alive.current = false);
  }, []);

  const history = useApi(
    (signal) => (user ? api.get<{ items: SubmissionSummary[] }>(`/coding/${slug}/submissions`, signal) : Promise.resolve({ items: [] })),
    [slug, user?.id],
  );

  const replaceSource = (lang: CodeLanguage, text: string) => {
    setSource(text);
    setEditorVersion((v) => v + 1);
    setLanguage(lang);
  };

  const switchLanguage = (next: CodeLanguage) => {
    savePreferredLanguage(next);
    replaceSource(next, loadDraft(slug, next) ?? problem.starters[next]);
  };

  const onChange = (text: string) => {
    setSource(text);
    saveDraft(slug, language, text);
  };

  const resetToStarter = () => {
    if (!window.confirm(`Replace your ${LANGUAGE_NAMES[language]} code with the starter? Your draft will be lost.`)) return;
    clearDraft(slug, language);
    replaceSource(language, problem.starters[language]);
  };

  const poll = useCallback(async (id: string): Promise<Submission | undefined> => {
    for (let i = 0; alive.current; i++) {
      const { submission } = await api.get<{ submission: Submission }>(`/coding/submissions/${id}`);
      if (!alive.current) return undefined;
      setCurrent(submission);
      if (submission.status === "done" || submission.status === "error") return submission;
      await new Promise((r) => setTimeout(r, POLL_MS[Math.min(i, POLL_MS.length - 1)]));
    }
    return undefined;
  }, []);

  const judge = async (mode: JudgeMode) => {
    if (!user || busy) return;
    setBusy(mode);
    setError(undefined);
    try {
      const { submission } = await api.post<{ submission: SubmissionSummary }>(`/coding/${slug}/submissions`, { language, source, mode });
      setCurrent({ ...submission, source, result: null, error: null });
      history.reload();
      const final = await poll(submission.id);
      history.reload();
      if (final?.mode === "submit" && final.verdict === "accepted" && !problem.solved) onSolved();
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldError("source") ?? err.fieldError("language") ?? err.message) : String(err));
    } finally {
      if (alive.current) setBusy(undefined);
    }
  };

  const open = async (id: string) => {
    setError(undefined);
    try {
      const { submission } = await api.get<{ submission: Submission }>(`/coding/submissions/${id}`);
      setCurrent(submission);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const restore = current && current.source !== source ? () => replaceSource(current.language, current.source) : undefined;

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="code-title">
        <div className="spread">
          <h2 id="code-title">Your solution</h2>
          <div className="row">
            <div className="segmented" role="group" aria-label="Language">
              {CODE_LANGUAGES.map((l) => (
                <button key={l} type="button" className={`btn small${l === language ? " primary" : ""}`} aria-pressed={l === language} onClick={() => l !== language && switchLanguage(l)}>
                  {LANGUAGE_NAMES[l]}
                </button>
              ))}
            </div>
            <button type="button" className="btn small ghost" onClick={resetToStarter}>Reset</button>
          </div>
        </div>
        <CodeEditor
          key={`${slug}:${language}:${editorVersion}`}
          language={language}
          initialValue={source}
          label={`${LANGUAGE_NAMES[language]} solution`}
          onChange={onChange}
          onRun={() => void judge("run")}
          onSubmit={() => void judge("submit")}
        />
        {error && <div className="alert error" role="alert">{error}</div>}
        {user ? (
          <div className="spread">
            <span className="small muted">
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the examples, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits. <kbd>Tab</kbd> leaves the editor.
            </span>
            <div className="row">
              <button type="button" className="btn" disabled={!!busy || !source.trim()} onClick={() => void judge("run")}>{busy === "run" ? "Running…" : "Run examples"}</button>
              <button type="button" className="btn primary" disabled={!!busy || !source.trim()} onClick={() => void judge("submit")}>{busy === "submit" ? "Judging…" : "Submit"}</button>
            </div>
          </div>
        ) : (
          <p className="alert info"><Link to="/login" state={{ from: `/coding/${slug}` }}>Log in</Link> to run and submit your code. Your draft is kept in this browser.</p>
        )}
      </section>

      {current && (
        <section className="card stack" aria-labelledby="result-title" data-testid="result">
          <h2 id="result-title">Result</h2>
          <VerdictPanel submission={current} onRestore={current.status === "done" || current.status === "error" ? restore : undefined} />
        </section>
      )}

      {user && (
        <section className="card stack" aria-labelledby="history-title">
          <h2 id="history-title">Your submissions</h2>
          {history.error ? <div className="alert error">{history.error.message}</div> : <SubmissionHistory items={history.data?.items ?? []} selectedId={current?.id} onOpen={(id) => void open(id)} />}
        </section>
      )}
    </div>
  );
}
