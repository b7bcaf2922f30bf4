/** Export and import progress as JSON; delete the account and all its data. */
import { useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, ApiError } from "../api/client";
import { useAuth } from "../auth";

export function DataControls() {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string }>();
  const [password, setPassword] = useState("");

  const exportProgress = async () => {
    const data = await api.get<unknown>("/me/progress-export");
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `backprep-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importProgress = async (f: File) => {
    try {
      const data: unknown = JSON.parse(await f.text());
      const result = await api.post<{ cards: number; reviewLogs: number }>("/me/progress-import", data);
      setMessage({ kind: "info", text: `Imported ${result.cards} cards and ${result.reviewLogs} reviews.` });
    } catch (err) {
      const detail = err instanceof ApiError ? `${err.message} ${err.problem.errors?.[0] ? `(${err.problem.errors[0].field}: ${err.problem.errors[0].message})` : ""}` : "The file is not valid JSON.";
      setMessage({ kind: "error", text: `Import failed: ${detail}` });
    }
  };

  const deleteAccount = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!window.confirm("Delete your account and all your practice data? This cannot be undone.")) return;
    try {
      await fetch("/api/v1/me", { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ password }) }).then(async (r) => {
        if (!r.ok) throw new ApiError(await r.json());
      });
      await logout().catch(() => undefined);
      navigate("/register");
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof ApiError ? err.message : String(err) });
    }
  };

  return (
    <section className="card stack">
      <h2>Your data</h2>
      <div className="row">
        <button className="btn" onClick={() => void exportProgress()}>Export progress (JSON)</button>
        <button className="btn" onClick={() => file.current?.click()}>Import progress…</button>
        <input ref={file} type="file" accept="application/json,.json" hidden onChange={(e) => e.target.files?.[0] && void importProgress(e.target.files[0])} />
      </div>
      <p className="small muted">Importing replaces your current cards and review history with the file's.</p>
      {message && <div className={`alert ${message.kind}`} role="status">{message.text}</div>}
      <form className="stack" onSubmit={deleteAccount} style={{ maxWidth: 360 }}>
        <h3>Delete account</h3>
        <div className="field">
          <label htmlFor="delete-password">Confirm with your password</label>
          <input id="delete-password" type="password" className="input" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
        <button className="btn" type="submit" style={{ color: "var(--bad)", borderColor: "var(--bad)" }}>Delete my account and data</button>
      </form>
    </section>
  );
}
