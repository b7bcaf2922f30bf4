/** A result set as an accessible table: typed column headers, NULL shown as such, row count and truncation. */
import type { SqlRunResult } from "../../../../common/api/sql";

type Cell = string | null;

export function CellValue({ value }: { value: Cell }) {
  return value === null ? <span className="sql-null">NULL</span> : <>{value}</>;
}

/** Rows under column headers; `caption` names the table for screen readers. */
export function RowsTable({ columns, rows, caption, types, rowClass }: { columns: string[]; rows: Cell[][]; caption: string; types?: string[]; rowClass?: (index: number) => string | undefined }) {
  return (
    <div className="sql-grid-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="sql-grid">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sql-rownum">#</th>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
                {types?.[i] && <span className="sql-type">{types[i]}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={rowClass?.(r)}>
              <td className="sql-rownum">{r + 1}</td>
              {row.map((cell, c) => <td key={c}><CellValue value={cell} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ResultGrid({ result }: { result: SqlRunResult }) {
  if (result.outcome !== "ok") {
    return (
      <div className="alert error" role="alert" data-testid="run-error">
        <strong>{result.outcome === "time_limit" ? "Time limit exceeded. " : "Error. "}</strong>
        <span className="sql-message">{result.message}</span>
      </div>
    );
  }
  const summary = `${result.rowCount} row${result.rowCount === 1 ? "" : "s"}${result.truncated ? ` (first ${result.rows.length} shown)` : ""}${result.timeMs !== undefined ? ` · ${result.timeMs} ms` : ""}`;
  return (
    <div className="stack" data-testid="result-grid">
      <p className="small muted" role="status">{summary}</p>
      {result.columns.length === 0 ? (
        <p className="muted">The statement returned no columns.</p>
      ) : (
        <RowsTable columns={result.columns.map((c) => c.name)} types={result.columns.map((c) => c.type)} rows={result.rows} caption="Query result" />
      )}
    </div>
  );
}
