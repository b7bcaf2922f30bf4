/**
 * A CodeMirror 6 editor, loaded on first use so the problem list never downloads it.
 * Tab is left to the browser (keyboard users can leave the editor); Ctrl/⌘+Enter runs the
 * code and Ctrl/⌘+Shift+Enter submits it. Remount it (a `key`) to switch documents.
 */
import { useEffect, useRef, useState } from "react";
import type { CodeLanguage } from "../../../../common/api/coding";

interface Props {
  language: CodeLanguage;
  initialValue: string;
  label: string;
  onChange(value: string): void;
  onRun?(): void;
  onSubmit?(): void;
}

async function loadEditor(language: CodeLanguage) {
  const [{ EditorView, basicSetup }, lang] = await Promise.all([
    import("codemirror"),
    language === "py" ? import("@codemirror/lang-python").then((m) => m.python()) : import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: language === "ts" })),
  ]);
  return { EditorView, basicSetup, lang };
}

export function CodeEditor({ language, initialValue, label, onChange, onRun, onSubmit }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  // The latest callbacks, without rebuilding the editor when they change.
  const handlers = useRef({ onChange, onRun, onSubmit });
  handlers.current = { onChange, onRun, onSubmit };

  useEffect(() => {
    let view: { destroy(): void } | undefined;
    let cancelled = false;
    loadEditor(language)
      .then(({ EditorView, basicSetup, lang }) => {
        if (cancelled || !host.current) return;
        view = new EditorView({
          doc: initialValue,
          parent: host.current,
          extensions: [
            basicSetup,
            lang,
            EditorView.contentAttributes.of({ "aria-label": label }),
            EditorView.updateListener.of((update) => {
              if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
            }),
            EditorView.theme({
              "&": { backgroundColor: "var(--surface)", color: "var(--text)", fontSize: "14px", minHeight: "320px" },
              ".cm-scroller": { fontFamily: "var(--mono)", minHeight: "320px", maxHeight: "70vh" },
              ".cm-gutters": { backgroundColor: "var(--surface-2)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
              ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "color-mix(in srgb, var(--accent) 8%, transparent)" },
              ".cm-content": { caretColor: "var(--text)" },
              "&.cm-focused": { outline: "none" },
              "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "color-mix(in srgb, var(--accent) 25%, transparent) !important" },
            }),
          ],
        });
        setState("ready");
      })
      .catch((err: unknown) => {
        console.error(err);
        if (!cancelled) setState("failed");
      });
    return () => {
      cancelled = true;
      view?.destroy();
    };
    // The document is set once per mount; a new language or problem remounts (key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    const action = event.shiftKey ? handlers.current.onSubmit : handlers.current.onRun;
    if (!action) return;
    // Before CodeMirror sees it: Mod-Enter would otherwise insert a blank line.
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  if (state === "failed") {
    // Without the editor (a failed chunk load) a plain textarea still lets the user work.
    return (
      <textarea className="input code-fallback" aria-label={label} defaultValue={initialValue} spellCheck={false} onChange={(e) => onChange(e.target.value)} onKeyDownCapture={onKeyDownCapture} />
    );
  }
  return (
    <div className="code-editor" onKeyDownCapture={onKeyDownCapture} data-testid="code-editor" aria-busy={state === "loading"}>
      {state === "loading" && <p className="muted small code-editor-loading">Loading the editor…</p>}
      <div ref={host} />
    </div>
  );
}
