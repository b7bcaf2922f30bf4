/** A submission's verdict and, when it is wrong, what differs: rows, columns, order, plan or schema checks. */
import type { SqlCaseDiff, SqlDiff, SqlPlanDiff, SqlResultDiff, SqlSubmission } from "../../../../common/api/sql";
import { RowsTable } from "./ResultGrid";

export const VERDICT_LABELS: Record<SqlSubmission["verdict"], string> = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  time_limit: "Time limit exceeded",
  error: "Error",
};

export function VerdictBadge({ verdict }: { verdict: SqlSubmission["verdict"] }) {
  return <span className={`badge verdict-${verdict}`}>{verdict === "accepted" ? "✓ " : "✗ "}{VERDICT_LABELS[verdict]}</span>;
}

function ResultDiffView({ diff }: { diff: SqlResultDiff }) {
  const expectedColumns = diff.expectedColumns ?? [];
  const actualColumns = diff.actualColumns ?? expectedColumns;
  return (
    <div className="stack">
      {(diff.expectedRows !== undefined || diff.actualRows !== undefined) && (
        <p className="small">Expected <strong>{diff.expectedRows ?? "?"}</strong> rows, your query returned <strong>{diff.actualRows ?? "?"}</strong>.</p>
      )}
      {diff.kind === "columns" && (
        <div className="sql-columns-diff" data-testid="diff-columns">
          <div><h4>Expected columns</h4><ol>{expectedColumns.map((c, i) => <li key={i} className={actualColumns[i] === c ? undefined : "diff-bad"}><code>{c}</code></li>)}</ol></div>
          <div><h4>Your columns</h4><ol>{(diff.actualColumns ?? []).map((c, i) => <li key={i} className={expectedColumns[i] === c ? undefined : "diff-bad"}><code>{c}</code></li>)}</ol></div>
        </div>
      )}
      {(diff.missing?.length ?? 0) > 0 && (
        <section className="stack" data-testid="diff-missing">
          <h4 className="diff-missing-title">− Missing rows: expected but not in your result ({diff.missingCount ?? diff.missing!.length})</h4>
          <RowsTable columns={expectedColumns} rows={diff.missing!} caption="Missing rows" rowClass={() => "diff-missing"} />
          {(diff.missingCount ?? 0) > diff.missing!.length && <p className="small muted">and {diff.missingCount! - diff.missing!.length} more</p>}
        </section>
      )}
      {(diff.extra?.length ?? 0) > 0 && (
        <section className="stack" data-testid="diff-extra">
          <h4 className="diff-extra-title">+ Extra rows: in your result but not expected ({diff.extraCount ?? diff.extra!.length})</h4>
          <RowsTable columns={actualColumns} rows={diff.extra!} caption="Extra rows" rowClass={() => "diff-extra"} />
          {(diff.extraCount ?? 0) > diff.extra!.length && <p className="small muted">and {diff.extraCount! - diff.extra!.length} more</p>}
        </section>
      )}
      {diff.outOfOrder && (
        <section className="stack" data-testid="diff-order">
          <h4>Order: row {diff.outOfOrder.index + 1} is out of place (sorted by {diff.outOfOrder.keys.map((k) => <code key={k}>{k}</code>)})</h4>
          <RowsTable
            columns={expectedColumns}
            rows={diff.outOfOrder.previous.length ? [diff.outOfOrder.previous, diff.outOfOrder.row] : [diff.outOfOrder.row]}
            caption="The first rows out of order"
            rowClass={(i) => (i === (diff.outOfOrder!.previous.length ? 1 : 0) ? "diff-extra" : undefined)}
          />
          <p className="small muted">{diff.outOfOrder.previous.length ? "The highlighted row should not follow the one above it." : "Your first row is not the one that should come first."}</p>
        </section>
      )}
    </div>
  );
}

function PlanDiffView({ diff }: { diff: SqlPlanDiff }) {
  return (
    <div className="stack" data-testid="diff-plan">
      <p>Your plan costs <strong>{diff.userCost.toFixed(2)}</strong>; the reference costs <strong>{diff.referenceCost.toFixed(2)}</strong> (allowed: ×{diff.maxCostRatio}).</p>
      {diff.missingNodes?.length ? <p>Missing plan nodes: {diff.missingNodes.map((n) => <code key={n}>{n}</code>)}</p> : null}
      {diff.forbiddenNodes?.length ? <p>Plan nodes that should not appear: {diff.forbiddenNodes.map((n) => <code key={n}>{n}</code>)}</p> : null}
      <div className="sql-columns-diff">
        <div><h4>Your plan</h4><pre>{diff.userPlan.join("\n")}</pre></div>
        <div><h4>Reference plan</h4><pre>{diff.referencePlan.join("\n")}</pre></div>
      </div>
    </div>
  );
}

function CaseDiffView({ diff }: { diff: SqlCaseDiff }) {
  return (
    <table className="sql-grid" data-testid="diff-cases">
      <caption className="sr-only">Failed checks</caption>
      <thead><tr><th scope="col">Check</th><th scope="col">Expected</th><th scope="col">Got</th></tr></thead>
      <tbody>
        {diff.failed.map((f) => (
          <tr key={f.name}><td>{f.name}{f.message && <div className="small muted">{f.message}</div>}</td><td>{f.expected}</td><td className="diff-bad">{f.got}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function DiffView({ diff }: { diff: SqlDiff }) {
  if (diff.kind === "plan") return <PlanDiffView diff={diff} />;
  if (diff.kind === "cases") return <CaseDiffView diff={diff} />;
  return <ResultDiffView diff={diff} />;
}

export function SubmissionVerdict({ submission }: { submission: SqlSubmission }) {
  const ok = submission.verdict === "accepted";
  return (
    <div className="stack" data-testid="verdict">
      <div className={`alert ${ok ? "success" : "error"}`} role="status">
        <div className="spread">
          <strong data-testid="verdict-label">{VERDICT_LABELS[submission.verdict]}</strong>
          <span className="small">{submission.timeMs} ms</span>
        </div>
        {!ok && <div className="sql-message">{submission.message}</div>}
      </div>
      {submission.diff && <DiffView diff={submission.diff} />}
    </div>
  );
}
