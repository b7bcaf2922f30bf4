/**
 * The question editor's fields: every part of a question file, with the server's
 * validation messages shown under the field they name.
 */
import type { ReactNode } from "react";
import { COLLECTIONS, TOPICS } from "../../../../common/content/topics";
import {
  emptyKeyPoint,
  emptyMisconception,
  emptyReference,
  messagesFor,
  type DraftForm,
  type FieldProblem,
} from "./draft-form";

interface Props {
  form: DraftForm;
  onChange(form: DraftForm): void;
  errors: FieldProblem[];
  /** What the saved version could do better (patterns the grader ignores): shown, never blocking. */
  notices?: FieldProblem[];
  /** The id is chosen once: it is the file name and what other questions link to. */
  idLocked: boolean;
  disabled?: boolean;
}

function Field({ id, label, hint, errors, notices = [], children }: { id: string; label: string; hint?: string; errors: string[]; notices?: string[]; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span id={`${id}-hint`} className="small muted">{hint}</span>}
      {errors.map((m, i) => <span key={i} className="field-error" data-field-error={id}>{m}</span>)}
      {notices.map((m, i) => <span key={`n${i}`} className="field-notice" data-field-notice={id}>{m}</span>)}
    </div>
  );
}

const replaceAt = <T,>(list: T[], index: number, patch: Partial<T>) => list.map((item, i) => (i === index ? { ...item, ...patch } : item));
const removeAt = <T,>(list: T[], index: number) => list.filter((_, i) => i !== index);

export function QuestionForm({ form, onChange, errors, notices = [], idLocked, disabled }: Props) {
  const set = (patch: Partial<DraftForm>) => onChange({ ...form, ...patch });
  const err = (path: string) => messagesFor(errors, path);
  const invalid = (path: string) => (err(path).length ? true : undefined);

  return (
    <fieldset className="stack authoring-form" disabled={disabled}>
      <div className="card stack">
        <h2>Question</h2>
        <Field id="q-title" label="Title" errors={err("title")}>
          <input id="q-title" className="input" value={form.title} maxLength={200} aria-invalid={invalid("title")} onChange={(e) => set({ title: e.target.value })} />
        </Field>
        <Field id="q-id" label="Id" hint={idLocked ? "The id cannot change: it is the file name." : "kebab-case, unique in the bank, e.g. caching-what-and-why"} errors={err("id")}>
          <input id="q-id" className="input" value={form.id} maxLength={100} readOnly={idLocked} aria-invalid={invalid("id")} onChange={(e) => set({ id: e.target.value })} />
        </Field>
        <div className="authoring-row">
          <Field id="q-topic" label="Topic" errors={err("topic")}>
            <select id="q-topic" className="input" value={form.topic} onChange={(e) => set({ topic: e.target.value })}>
              {TOPICS.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </Field>
          <Field id="q-difficulty" label="Difficulty" errors={err("difficulty")}>
            <select id="q-difficulty" className="input" value={form.difficulty} onChange={(e) => set({ difficulty: e.target.value })}>
              {["easy", "medium", "hard"].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </Field>
          <Field id="q-level" label="Level" errors={err("level")}>
            <select id="q-level" className="input" value={form.level} onChange={(e) => set({ level: e.target.value })}>
              {["junior", "mid", "senior"].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </Field>
        </div>
        <Field id="q-tags" label="Tags" hint="kebab-case, separated by commas" errors={err("tags")}>
          <input id="q-tags" className="input" value={form.tags} aria-invalid={invalid("tags")} onChange={(e) => set({ tags: e.target.value })} />
        </Field>
        <div className="field">
          <span className="label-like">Collections</span>
          <div className="row">
            {COLLECTIONS.map((c) => (
              <label key={c.id} className="row small">
                <input
                  type="checkbox"
                  checked={form.collections.includes(c.id)}
                  onChange={(e) => set({ collections: e.target.checked ? [...form.collections, c.id] : form.collections.filter((x) => x !== c.id) })}
                />
                {c.name}
              </label>
            ))}
          </div>
          {err("collections").map((m, i) => <span key={i} className="field-error">{m}</span>)}
        </div>
      </div>

      <div className="card stack">
        <div className="spread">
          <h2>Key points</h2>
          <span className="small muted">4–8: what a strong candidate says in two minutes</span>
        </div>
        {err("keyPoints").filter((m) => !/^item \d/.test(m)).map((m, i) => <span key={i} className="field-error">{m}</span>)}
        {form.keyPoints.map((k, i) => (
          <fieldset key={i} className="authoring-item stack">
            <legend>Key point {i + 1}</legend>
            <Field id={`kp-${i}-text`} label="Text" errors={err(`keyPoints.${i}.text`)}>
              <input id={`kp-${i}-text`} className="input" value={k.text} maxLength={300} onChange={(e) => set({ keyPoints: replaceAt(form.keyPoints, i, { text: e.target.value }) })} />
            </Field>
            <Field id={`kp-${i}-weight`} label="Weight" hint="3: essential … 1: nice to have" errors={err(`keyPoints.${i}.weight`)}>
              <select id={`kp-${i}-weight`} className="input" value={k.weight} onChange={(e) => set({ keyPoints: replaceAt(form.keyPoints, i, { weight: Number(e.target.value) }) })}>
                {[3, 2, 1].map((w) => <option key={w} value={w}>{w}</option>)}
              </select>
            </Field>
            <Field id={`kp-${i}-phrasings`} label="Phrasings (one per line, at least 3)" hint="How candidates say it in other words" errors={err(`keyPoints.${i}.phrasings`)}>
              <textarea id={`kp-${i}-phrasings`} className="input short" value={k.phrasings} onChange={(e) => set({ keyPoints: replaceAt(form.keyPoints, i, { phrasings: e.target.value }) })} />
            </Field>
            {err(`keyPoints.${i}`).filter((m) => /^(weight|text|phrasings)\b/.test(m) === false).map((m, j) => <span key={j} className="field-error">{m}</span>)}
            <button type="button" className="btn small ghost" onClick={() => set({ keyPoints: removeAt(form.keyPoints, i) })}>Remove key point {i + 1}</button>
          </fieldset>
        ))}
        <button type="button" className="btn" disabled={form.keyPoints.length >= 8} onClick={() => set({ keyPoints: [...form.keyPoints, emptyKeyPoint()] })}>Add key point</button>
      </div>

      <div className="card stack">
        <div className="spread">
          <h2>Misconceptions</h2>
          <span className="small muted">Optional, but most questions have one</span>
        </div>
        {form.misconceptions.map((m, i) => (
          <fieldset key={i} className="authoring-item stack">
            <legend>Misconception {i + 1}</legend>
            <Field id={`mc-${i}-claim`} label="Claim" errors={err(`misconceptions.${i}.claim`)}>
              <input id={`mc-${i}-claim`} className="input" value={m.claim} onChange={(e) => set({ misconceptions: replaceAt(form.misconceptions, i, { claim: e.target.value }) })} />
            </Field>
            <Field id={`mc-${i}-patterns`} label="Patterns (one per line, at least 2)" hint="Short phrases a candidate holding it would write" errors={err(`misconceptions.${i}.patterns`)} notices={messagesFor(notices, `misconceptions.${i}.patterns`)}>
              <textarea id={`mc-${i}-patterns`} className="input short" value={m.patterns} onChange={(e) => set({ misconceptions: replaceAt(form.misconceptions, i, { patterns: e.target.value }) })} />
            </Field>
            <Field id={`mc-${i}-correction`} label="Correction" errors={err(`misconceptions.${i}.correction`)}>
              <input id={`mc-${i}-correction`} className="input" value={m.correction} onChange={(e) => set({ misconceptions: replaceAt(form.misconceptions, i, { correction: e.target.value }) })} />
            </Field>
            <button type="button" className="btn small ghost" onClick={() => set({ misconceptions: removeAt(form.misconceptions, i) })}>Remove misconception {i + 1}</button>
          </fieldset>
        ))}
        <button type="button" className="btn" disabled={form.misconceptions.length >= 6} onClick={() => set({ misconceptions: [...form.misconceptions, emptyMisconception()] })}>Add misconception</button>
      </div>

      <div className="card stack">
        <h2>Follow-ups, related, references</h2>
        <Field id="q-followups" label="Follow-up questions (one per line, at least 2)" errors={err("followUps")}>
          <textarea id="q-followups" className="input short" value={form.followUps} onChange={(e) => set({ followUps: e.target.value })} />
        </Field>
        <Field id="q-related" label="Related question ids" hint="Ids of published questions, separated by commas" errors={err("related")}>
          <input id="q-related" className="input" value={form.related} onChange={(e) => set({ related: e.target.value })} />
        </Field>
        <div className="stack">
          <span className="label-like">References (https, primary sources)</span>
          {err("references").filter((m) => !/^item \d/.test(m)).map((m, i) => <span key={i} className="field-error">{m}</span>)}
          {form.references.map((r, i) => (
            <div key={i} className="authoring-row">
              <Field id={`ref-${i}-title`} label={`Reference ${i + 1} title`} errors={err(`references.${i}.title`)}>
                <input id={`ref-${i}-title`} className="input" value={r.title} onChange={(e) => set({ references: replaceAt(form.references, i, { title: e.target.value }) })} />
              </Field>
              <Field id={`ref-${i}-url`} label={`Reference ${i + 1} URL`} errors={err(`references.${i}.url`)}>
                <input id={`ref-${i}-url`} className="input" type="url" inputMode="url" placeholder="https://" value={r.url} onChange={(e) => set({ references: replaceAt(form.references, i, { url: e.target.value }) })} />
              </Field>
              <button type="button" className="btn small ghost" aria-label={`Remove reference ${i + 1}`} onClick={() => set({ references: removeAt(form.references, i) })}>Remove</button>
            </div>
          ))}
          <button type="button" className="btn" disabled={form.references.length >= 8} onClick={() => set({ references: [...form.references, emptyReference()] })}>Add reference</button>
        </div>
      </div>

      <div className="card stack">
        <h2>Answers</h2>
        <Field id="q-answer" label="Model answer (Markdown)" hint="150–400 words (at least 80). Use ### for sub-headings: ## would start a new section of the file." errors={err("answer")}>
          <textarea id="q-answer" className="input tall" value={form.answer} onChange={(e) => set({ answer: e.target.value })} />
        </Field>
        <Field id="q-short" label="In 60 seconds (Markdown)" hint="What a candidate could say out loud in a minute (40–120 words)" errors={err("shortAnswer")}>
          <textarea id="q-short" className="input" value={form.shortAnswer} onChange={(e) => set({ shortAnswer: e.target.value })} />
        </Field>
      </div>
    </fieldset>
  );
}
