/**
 * The states of a filtered problem list: the load error (shown above whatever is left),
 * loading before the first data, nothing matching the filters, or the list itself.
 */
import type { ReactNode } from "react";

export function ProblemListStates({ error, loading, empty, children }: { error?: Error; loading: boolean; empty: boolean; children: ReactNode }) {
  return (
    <>
      {error && <div className="alert error" role="alert">{error.message}</div>}
      {loading ? (
        <p className="muted" aria-busy="true">Loading problems…</p>
      ) : empty ? (
        <div className="card empty">No problems match these filters.</div>
      ) : (
        <div className="card">{children}</div>
      )}
    </>
  );
}
