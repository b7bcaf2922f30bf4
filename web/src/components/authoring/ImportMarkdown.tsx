/**
 * "Import Markdown": a question file (uploaded or pasted) becomes a draft, or updates
 * your own draft with the same id. Problems are listed with file, line and field.
 */
import { useState } from "react";
import type { ContentProblem, ImportResult } from "../../../../common/api/authoring";
import { api, ApiError } from "../../api/client";

export function ImportMarkdown({ onImported, onCancel }: { onImported(result: ImportResult): void; onCancel(): void }) {
  const [markdown, setMarkdown] = useState("");
  const [fileName, setFileName] = useState<string>();
  const [problem, setProblem] = useState<ContentProblem>();
  const [busy, setBusy] = useState(false);

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setMarkdown(await file.text());
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onImported(await api.post<ImportResult>("/authoring/import", { markdown, ...(fileName ? { fileName } : {}) }));
    } catch (err) {
      setProblem(err instanceof ApiError ? (err.problem as ContentProblem) : { type: "about:blank", title: "Error", status: 0, detail: String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">Import Markdown</h2>
      <p className="small muted">
        A question file in the content format (<code>content/questions/&lt;topic&gt;/&lt;id&gt;.md</code>). It becomes a draft of yours, or
        updates your draft with the same id.
      </p>
      <div className="field">
        <label htmlFor="import-file">File</label>
        <input id="import-file" type="file" accept=".md,text/markdown,text/plain" onChange={(e) => void pickFile(e.target.files?.[0])} />
      </div>
      <div className="field">
        <label htmlFor="import-markdown">…or paste the file</label>
        <textarea
          id="import-markdown"
          className="input mono"
          value={markdown}
          placeholder={"---\nid: my-question\ntitle: \"…\"\n…\n---\n## Answer\n\n…\n\n## In 60 seconds\n\n…"}
          onChange={(e) => {
            setMarkdown(e.target.value);
            setFileName(undefined);
          }}
        />
      </div>
      {problem && (
        <div className="alert error" role="alert">
          <p>{problem.detail ?? problem.title}</p>
          {problem.errors && (
            <ul className="small" data-testid="import-errors">
              {problem.errors.map((e, i) => (
                <li key={i}>
                  {e.file && <code>{e.file}{e.line ? `:${e.line}` : ""}</code>} <strong>{e.field}</strong>: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="row">
        <button className="btn primary" type="submit" disabled={busy || !markdown.trim()}>{busy ? "Importing…" : "Import as draft"}</button>
        <button className="btn" type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
