/**
 * Authoring (/authoring/*): the list of drafts (an admin's: every draft awaiting
 * publication, with Publish), and the editor with a live preview, Markdown export and
 * import. Authors and admins only; the server enforces the same rules.
 */
import { useMemo, useState, type ReactNode } from "react";
import { Link, Route, Routes, useLocation, useNavigate, useParams } from "react-router-dom";
import type { AuthoredQuestion, DraftList, ImportResult } from "../../../common/api/authoring";
import { api, ApiError } from "../api/client";
import { useAuth } from "../auth";
import { LevelBadges } from "../components/Badges";
import { emptyForm, errorsAfterEdit, fieldLabel, formToInput, questionToForm, type DraftForm, type FieldProblem } from "../components/authoring/draft-form";
import { ImportMarkdown } from "../components/authoring/ImportMarkdown";
import { QuestionForm } from "../components/authoring/QuestionForm";
import { QuestionPreview } from "../components/authoring/QuestionPreview";
import { useApi } from "../components/useApi";
import { NotFoundPage } from "./NotFoundPage";

const markdownUrl = (id: string) => `/api/v1/questions/${encodeURIComponent(id)}/markdown`;

export default function AuthoringPages() {
  const { user } = useAuth();
  if (user && user.role === "learner") {
    return (
      <div className="stack">
        <h1>Authoring</h1>
        <div className="card empty">Writing questions is open to authors. Ask an admin for the author role.</div>
      </div>
    );
  }
  return (
    <Routes>
      <Route index element={<DraftListPage />} />
      <Route path="new" element={<EditorPage />} />
      <Route path=":id" element={<EditorPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Notice({ children }: { children?: ReactNode }) {
  return children ? <div className="alert info" role="status">{children}</div> : null;
}

function DraftListPage() {
  const { user } = useAuth();
  const isAdmin = user?.role === "admin";
  const navigate = useNavigate();
  const location = useLocation();
  const drafts = useApi((signal) => api.get<DraftList>("/authoring/questions", signal), [user?.id]);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<ReactNode>((location.state as { notice?: string } | null)?.notice);
  const [error, setError] = useState<string>();

  const publish = async (id: string, title: string) => {
    setError(undefined);
    try {
      await api.post(`/authoring/questions/${encodeURIComponent(id)}/publish`);
      setNotice(<>Published: <Link to={`/questions/${id}`}>{title}</Link> is now in the bank.</>);
      drafts.setData((list) => list && { items: list.items.filter((d) => d.id !== id) });
    } catch (err) {
      setError(err instanceof ApiError ? [err.message, ...(err.problem.errors ?? []).map((e) => `${fieldLabel(e.field)}: ${e.message}`)].join(" ") : String(err));
    }
  };

  const items = drafts.data?.items ?? [];
  return (
    <div className="stack">
      <div className="spread">
        <h1>Authoring</h1>
        <div className="row">
          <button className="btn" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>Import Markdown</button>
          <Link className="btn primary" to="/authoring/new">New question</Link>
        </div>
      </div>
      <p className="muted">
        Questions written here are drafts until an admin publishes them. Export one as Markdown to open a pull request with it under{" "}
        <code>content/questions/</code>.
      </p>
      <Notice>{notice}</Notice>
      {error && <div className="alert error" role="alert">{error}</div>}
      {importing && (
        <ImportMarkdown
          onCancel={() => setImporting(false)}
          onImported={(r: ImportResult) => navigate(`/authoring/${r.question.id}`, { state: { notice: r.created ? "Imported as a new draft." : "Your draft was updated from the file." } })}
        />
      )}

      <section className="card stack" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{isAdmin ? "Drafts awaiting publication" : "My drafts"}</h2>
        {drafts.error && <div className="alert error" role="alert">{drafts.error.message}</div>}
        {drafts.loading && !drafts.data ? (
          <p className="muted" aria-busy="true">Loading drafts…</p>
        ) : items.length === 0 ? (
          <p className="empty">No drafts yet. <Link to="/authoring/new">Write a question</Link> or import a file.</p>
        ) : (
          <ul className="list" data-testid="draft-list">
            {items.map((d) => (
              <li key={d.id} className="spread">
                <div className="stack authoring-draft">
                  <Link to={`/authoring/${d.id}`}><strong>{d.title}</strong></Link>
                  <span className="row small muted">
                    <code>{d.id}</code>
                    <LevelBadges difficulty={d.difficulty} level={d.level} topic={d.topic} />
                    {isAdmin && <span>by {d.mine ? "you" : (d.authorName ?? "a deleted account")}</span>}
                    <span>updated {new Date(d.updatedAt).toLocaleString()}</span>
                  </span>
                </div>
                <div className="row">
                  <a className="btn small" href={markdownUrl(d.id)} download>Export Markdown</a>
                  {isAdmin && <button className="btn small primary" onClick={() => void publish(d.id, d.title)} aria-label={`Publish ${d.title}`}>Publish</button>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="small muted">
        Study offline: <a href="/api/v1/questions/export/anki" download>export the published bank to Anki</a>.
      </p>
    </div>
  );
}

function EditorPage() {
  const { id } = useParams();
  const location = useLocation();
  const loaded = useApi((signal) => (id ? api.get<{ question: AuthoredQuestion }>(`/authoring/questions/${encodeURIComponent(id)}`, signal) : Promise.resolve(undefined)), [id]);
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (!id) return <Editor key="new" />;
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFoundPage />;
  if (loaded.error) return <div className="alert error" role="alert">{loaded.error.message}</div>;
  if (!loaded.data || loaded.loading) return <p className="muted" aria-busy="true">Loading…</p>;
  return <Editor key={`${id}-${loaded.data.question.updatedAt}`} initial={loaded.data.question} notice={notice} />;
}

function Editor({ initial, notice }: { initial?: AuthoredQuestion; notice?: string }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState(() => (initial ? questionToForm(initial) : emptyForm()));
  const [saved, setSaved] = useState(() => JSON.stringify(form));
  const [question, setQuestion] = useState(initial);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [message, setMessage] = useState<ReactNode>(notice);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const input = useMemo(() => formToInput(form), [form]);

  const isNew = !question;
  const dirty = JSON.stringify(form) !== saved;
  const editable = !question || question.status === "draft";
  const isAdmin = user?.role === "admin";

  const edit = (next: DraftForm) => {
    const remaining = errorsAfterEdit(errors, form, next);
    if (remaining.length !== errors.length) {
      setErrors(remaining);
      if (!remaining.length) setFailure(undefined);
    }
    setForm(next);
  };

  const showFailure = (err: unknown) => {
    if (err instanceof ApiError) {
      setErrors(err.problem.errors ?? []);
      setFailure(err.message);
    } else setFailure(String(err));
  };

  const save = async (event?: React.FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setMessage(undefined);
    try {
      const res = isNew
        ? await api.post<{ question: AuthoredQuestion }>("/authoring/questions", input)
        : await api.put<{ question: AuthoredQuestion }>(`/authoring/questions/${encodeURIComponent(question.id)}`, input);
      setErrors([]);
      if (isNew) {
        navigate(`/authoring/${res.question.id}`, { replace: true, state: { notice: "Draft saved. An admin will review and publish it." } });
        return;
      }
      setQuestion(res.question);
      setSaved(JSON.stringify(form));
      setMessage("Draft saved.");
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (!question) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const res = await api.post<{ question: AuthoredQuestion }>(`/authoring/questions/${encodeURIComponent(question.id)}/publish`);
      setQuestion(res.question);
      setMessage(<>Published: <Link to={`/questions/${res.question.id}`}>see it in the bank</Link>.</>);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const imported = (result: ImportResult) => {
    setImporting(false);
    if (question && result.question.id === question.id) {
      const next = questionToForm(result.question);
      setForm(next);
      setSaved(JSON.stringify(next));
      setQuestion(result.question);
      setErrors([]);
      setMessage("Your draft was updated from the file.");
    } else {
      navigate(`/authoring/${result.question.id}`, { state: { notice: result.created ? "Imported as a new draft." : "Your draft was updated from the file." } });
    }
  };

  return (
    <div className="stack">
      <Link to="/authoring" className="small">← Authoring</Link>
      <div className="spread">
        <h1>{isNew ? "New question" : editable ? "Edit draft" : "Question"}</h1>
        <div className="row">
          <button className="btn" type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>Import Markdown</button>
          {question ? (
            <a className="btn" href={markdownUrl(question.id)} download title={dirty ? "Exports the saved version: save first to include your changes" : undefined}>Export Markdown</a>
          ) : (
            <button className="btn" type="button" disabled title="Save the draft first">Export Markdown</button>
          )}
          {editable && <button className="btn primary" type="submit" form="draft-form" disabled={busy}>{busy ? "Saving…" : "Save draft"}</button>}
          {isAdmin && question?.status === "draft" && (
            <button className="btn" type="button" onClick={() => void publish()} disabled={busy || dirty} title={dirty ? "Save your changes first" : undefined}>Publish</button>
          )}
        </div>
      </div>
      <div className="row small muted">
        {question ? <span className={`badge ${question.status === "published" ? "accent" : ""}`}>{question.status}</span> : <span className="badge">new</span>}
        {question?.authorName && <span>by {question.authorName}</span>}
        {dirty && editable && <span className="warn-text" data-testid="unsaved">Unsaved changes</span>}
      </div>
      <Notice>{message}</Notice>
      {!editable && <div className="alert info">This question is {question?.status}: it changes by pull request now. Export it as Markdown to edit the file.</div>}
      {failure && (
        <div className="alert error" role="alert">
          <p>{failure}</p>
          {errors.length > 0 && (
            <ul className="small" data-testid="error-summary">
              {errors.map((e, i) => <li key={i}><strong>{fieldLabel(e.field)}</strong>: {e.message}</li>)}
            </ul>
          )}
        </div>
      )}
      {importing && <ImportMarkdown onImported={imported} onCancel={() => setImporting(false)} />}

      <div className="authoring-editor">
        <form id="draft-form" onSubmit={save} noValidate>
          <QuestionForm form={form} onChange={edit} errors={errors} notices={dirty ? [] : (question?.notices ?? [])} idLocked={!isNew} disabled={!editable} />
          {editable && (
            <div className="row authoring-actions">
              <button className="btn primary" type="submit" disabled={busy}>{busy ? "Saving…" : "Save draft"}</button>
            </div>
          )}
        </form>
        <aside className="card authoring-preview-pane" aria-label="Live preview">
          <p className="small muted authoring-preview-label">Live preview: how learners will see it</p>
          <QuestionPreview question={input} />
        </aside>
      </div>
    </div>
  );
}
