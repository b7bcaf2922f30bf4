/** Log in and register: forms that show the server's field errors next to the fields. */
import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { PASSWORD_MIN } from "../../../common/api/auth";
import { ApiError } from "../api/client";
import { useAuth } from "../auth";

function useSubmit(action: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action(new FormData(event.currentTarget));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldError(name) : undefined);
  return { error, busy, onSubmit, fieldError };
}

function Field(props: { name: string; label: string; type?: string; autoComplete?: string; error?: string; minLength?: number }) {
  const id = `f-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="input"
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        minLength={props.minLength}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      />
      {props.error && <span className="field-error" id={`${id}-error`}>{props.error}</span>}
    </div>
  );
}

function AuthCard(props: { title: string; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <div className="auth-page">
      <div className="card auth-card stack">
        <Link to="/questions" className="brand"><img src="/favicon.svg" alt="" width={28} height={28} /> Backprep</Link>
        <h1>{props.title}</h1>
        {props.children}
        <p className="small muted">{props.footer}</p>
      </div>
    </div>
  );
}

const str = (form: FormData, key: string) => String(form.get(key) ?? "");

export function LoginPage() {
  const { login } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? "/";
  const { error, busy, onSubmit, fieldError } = useSubmit(async (form) => {
    await login({ email: str(form, "email"), password: str(form, "password") });
    navigate(from, { replace: true });
  });
  return (
    <AuthCard title="Log in" footer={<>New here? <Link to="/register">Create an account</Link></>}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        {error && !fieldError("email") && <div className="alert error" role="alert">{error.message}</div>}
        <Field name="email" label="Email" type="email" autoComplete="email" error={fieldError("email")} />
        <Field name="password" label="Password" type="password" autoComplete="current-password" error={fieldError("password")} />
        <button className="btn primary" type="submit" disabled={busy}>{busy ? "Logging in…" : "Log in"}</button>
      </form>
    </AuthCard>
  );
}

export function RegisterPage() {
  const { register } = useAuth();
  const navigate = useNavigate();
  const { error, busy, onSubmit, fieldError } = useSubmit(async (form) => {
    await register({ email: str(form, "email"), password: str(form, "password"), displayName: str(form, "displayName") });
    navigate("/", { replace: true });
  });
  const anyField = fieldError("email") ?? fieldError("password") ?? fieldError("displayName");
  return (
    <AuthCard title="Create your account" footer={<>Already have an account? <Link to="/login">Log in</Link></>}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        {error && !anyField && <div className="alert error" role="alert">{error.message}</div>}
        <Field name="displayName" label="Name" autoComplete="name" error={fieldError("displayName")} />
        <Field name="email" label="Email" type="email" autoComplete="email" error={fieldError("email")} />
        <Field name="password" label={`Password (at least ${PASSWORD_MIN} characters)`} type="password" autoComplete="new-password" minLength={PASSWORD_MIN} error={fieldError("password")} />
        <button className="btn primary" type="submit" disabled={busy}>{busy ? "Creating…" : "Create account"}</button>
      </form>
    </AuthCard>
  );
}
