/**
 * The SQL editor: CodeMirror with PostgreSQL highlighting and completion of the dataset's tables
 * and columns, loaded on first use. Until it loads (or if it fails to), a plain textarea stands in.
 * Ctrl/Cmd-Enter runs, Ctrl/Cmd-Shift-Enter submits — caught before CodeMirror's own Mod-Enter.
 */
import { useEffect, useRef, useState } from "react";

export interface SqlEditorProps {
  id: string;
  label: string;
  /** The starting text; remount (change `key`) to replace it. */
  initialValue: string;
  onChange(value: string): void;
  /** Table name → column names, for completion. */
  schema: Record<string, string[]>;
  onRun(): void;
  onSubmit(): void;
}

type EditorHandle = { destroy(): void };

export function SqlEditor({ id, label, initialValue, onChange, schema, onRun, onSubmit }: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [fallback, setFallback] = useState(initialValue);
  // Callbacks change on every render; the editor is built once and reads them through refs.
  const latest = useRef({ onChange, onRun, onSubmit });
  latest.current = { onChange, onRun, onSubmit };
  const current = useRef(initialValue);

  useEffect(() => {
    let view: EditorHandle | undefined;
    let cancelled = false;
    Promise.all([import("codemirror"), import("@codemirror/lang-sql")])
      .then(([cm, lang]) => {
        if (cancelled || !host.current) return;
        const { EditorView, basicSetup } = cm;
        view = new EditorView({
          parent: host.current,
          doc: current.current,
          extensions: [
            basicSetup,
            lang.sql({ dialect: lang.PostgreSQL, schema, upperCaseKeywords: true }),
            EditorView.lineWrapping,
            EditorView.contentAttributes.of({ "aria-label": label, id: `${id}-content` }),
            EditorView.updateListener.of((u) => {
              if (!u.docChanged) return;
              current.current = u.state.doc.toString();
              latest.current.onChange(current.current);
            }),
            EditorView.theme({
              "&": { backgroundColor: "var(--surface)", color: "var(--text)", fontSize: "14px", border: "1px solid var(--border)", borderRadius: "var(--radius-sm)" },
              "&.cm-focused": { outline: "none", borderColor: "var(--accent)", boxShadow: "var(--focus)" },
              ".cm-content": { fontFamily: "var(--mono)", minHeight: "180px", caretColor: "var(--text)" },
              ".cm-gutters": { backgroundColor: "var(--surface-2)", color: "var(--muted)", border: "none" },
              ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "color-mix(in srgb, var(--accent) 8%, transparent)" },
              ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border)" },
            }),
          ],
        });
        setReady(true);
      })
      .catch((err: unknown) => {
        console.warn("The SQL editor could not load; using a plain text area.", err);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      view?.destroy();
    };
    // The schema and label are fixed for one problem; the parent remounts for another.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.shiftKey) latest.current.onSubmit();
    else latest.current.onRun();
  };

  return (
    <div className="sql-editor" onKeyDownCapture={onKeyDownCapture} data-testid="sql-editor">
      {!ready && (
        <>
          <label htmlFor={id} className="sr-only">{label}</label>
          <textarea
            id={id}
            className="input sql-editor-fallback"
            spellCheck={false}
            value={fallback}
            aria-busy={!failed}
            onChange={(e) => {
              setFallback(e.target.value);
              current.current = e.target.value;
              onChange(e.target.value);
            }}
          />
        </>
      )}
      <div ref={host} hidden={!ready} />
    </div>
  );
}
