/** Onboarding: role, level, focus topics, interview date and daily time become a study plan. */
import { useState } from "react";
import type { PlanBody } from "../../../common/api/practice";
import { PRACTICE_AREAS } from "../../../common/content/topics";
import { api, ApiError } from "../api/client";

export function Onboarding({ initial, onSaved }: { initial?: Partial<Omit<PlanBody, "focusTopics">> & { focusTopics?: string[] }; onSaved(): void }) {
  const [form, setForm] = useState({
    targetRole: initial?.targetRole ?? "Backend engineer",
    targetLevel: initial?.targetLevel ?? "mid",
    focusTopics: new Set<string>(initial?.focusTopics ?? []),
    interviewDate: initial?.interviewDate ?? "",
    dailyMinutes: initial?.dailyMinutes ?? 30,
    desiredRetention: initial?.desiredRetention ?? 0.9,
  });
  const [error, setError] = useState<ApiError | Error>();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.put("/plan", {
        targetRole: form.targetRole,
        targetLevel: form.targetLevel,
        focusTopics: [...form.focusTopics],
        interviewDate: form.interviewDate || null,
        dailyMinutes: Number(form.dailyMinutes),
        desiredRetention: Number(form.desiredRetention),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldError(f) : undefined);

  return (
    <form className="card stack" onSubmit={save} aria-labelledby="plan-title">
      <h2 id="plan-title">Plan your preparation</h2>
      <p className="muted">Tell us what you are preparing for; we pace new material to cover your focus topics before the interview, and bring back what you are about to forget.</p>
      <div className="grid">
        <div className="field">
          <label htmlFor="targetRole">Target role</label>
          <input id="targetRole" className="input" value={form.targetRole} onChange={(e) => setForm({ ...form, targetRole: e.target.value })} required />
        </div>
        <div className="field">
          <label htmlFor="targetLevel">Level</label>
          <select id="targetLevel" className="input" value={form.targetLevel} onChange={(e) => setForm({ ...form, targetLevel: e.target.value as PlanBody["targetLevel"] })}>
            <option value="junior">Junior</option>
            <option value="mid">Mid</option>
            <option value="senior">Senior</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="interviewDate">Interview date (optional)</label>
          <input id="interviewDate" type="date" className="input" value={form.interviewDate} onChange={(e) => setForm({ ...form, interviewDate: e.target.value })} />
          {fieldError("interviewDate") && <span className="field-error">{fieldError("interviewDate")}</span>}
        </div>
        <div className="field">
          <label htmlFor="dailyMinutes">Minutes a day</label>
          <input id="dailyMinutes" type="number" min={5} max={480} className="input" value={form.dailyMinutes} onChange={(e) => setForm({ ...form, dailyMinutes: Number(e.target.value) })} />
          {fieldError("dailyMinutes") && <span className="field-error">{fieldError("dailyMinutes")}</span>}
        </div>
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field"><strong>Focus topics</strong> <span className="small muted">(none selected = all topics)</span></legend>
        <div className="checks">
          {PRACTICE_AREAS.map((t) => (
            <label key={t.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.focusTopics.has(t.id)}
                onChange={(e) => {
                  const next = new Set(form.focusTopics);
                  if (e.target.checked) next.add(t.id);
                  else next.delete(t.id);
                  setForm({ ...form, focusTopics: next });
                }}
              />
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="retention">Desired retention: {Math.round(form.desiredRetention * 100)}%</label>
        <input id="retention" type="range" min={0.8} max={0.97} step={0.01} value={form.desiredRetention} onChange={(e) => setForm({ ...form, desiredRetention: Number(e.target.value) })} />
        <span className="small muted">Higher means more frequent reviews.</span>
      </div>
      {error && !fieldError("interviewDate") && !fieldError("dailyMinutes") && <div className="alert error" role="alert">{error.message}</div>}
      <button className="btn primary" type="submit">Save plan</button>
    </form>
  );
}
