/** Settings: profile, time zone (detected by the browser, editable), which grader is active. */
import { useState } from "react";
import type { User } from "../../../common/api/auth";
import { api, ApiError } from "../api/client";
import { useAuth } from "../auth";
import { DataControls } from "../components/DataControls";
import { useApi } from "../components/useApi";

interface ServerSettings { grader: { name: string; model?: string } }

export function SettingsPage() {
  const { user } = useAuth();
  const settings = useApi((s) => api.get<ServerSettings>("/settings", s), []);
  const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [displayName, setDisplayName] = useState(user?.displayName ?? "");
  const [timeZone, setTimeZone] = useState(user?.timeZone === "UTC" && detected ? detected : (user?.timeZone ?? "UTC"));
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string }>();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await api.patch<{ user: User }>("/me", { displayName, timeZone });
      setMessage({ kind: "info", text: "Saved." });
    } catch (err) {
      setMessage({ kind: "error", text: err instanceof ApiError ? (err.fieldError("timeZone") ?? err.fieldError("displayName") ?? err.message) : String(err) });
    }
  };

  return (
    <div className="stack">
      <h1>Settings</h1>
      <form className="card stack" onSubmit={save}>
        <h2>Profile</h2>
        <div className="field">
          <label htmlFor="displayName">Name</label>
          <input id="displayName" className="input" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="timeZone">Time zone (streaks count days in this zone)</label>
          <input id="timeZone" className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} list="tz-list" />
          <datalist id="tz-list">{(Intl as unknown as { supportedValuesOf?(k: string): string[] }).supportedValuesOf?.("timeZone").map((z) => <option key={z} value={z} />)}</datalist>
          <span className="small muted">Detected by your browser: {detected}</span>
        </div>
        {message && <div className={`alert ${message.kind}`} role="status">{message.text}</div>}
        <button className="btn primary" type="submit">Save</button>
      </form>
      <section className="card stack">
        <h2>Answer grading</h2>
        {settings.data ? (
          settings.data.grader.name === "llm" ? (
            <p>Answers are graded by the configured language model <strong>{settings.data.grader.model}</strong>, with the offline grader as a fallback.</p>
          ) : (
            <p>Answers are graded by the <strong>offline grader</strong>: nothing leaves this server. An administrator can configure an OpenAI-compatible endpoint (<code>LLM_BASE_URL</code>, <code>LLM_MODEL</code>) for richer feedback.</p>
          )
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
      <DataControls />
    </div>
  );
}
