/** An EXPLAIN plan as a nested list: each node's operation, its own cost, estimated vs actual rows; costly nodes flagged. */
import type { SqlExplainResult, SqlPlanNode } from "../../../../common/api/sql";

function PlanNodeItem({ node, nodes, total }: { node: SqlPlanNode; nodes: SqlPlanNode[]; total: number }) {
  const children = nodes.filter((n) => n.parentId === node.id);
  const share = total > 0 ? Math.round((node.selfCost / total) * 100) : 0;
  const misestimated = node.actualRows !== undefined && Math.max(node.actualRows, 1) / Math.max(node.planRows, 1) >= 10;
  return (
    <li className={node.costly ? "plan-node costly" : "plan-node"}>
      <div className="plan-self">
        <div className="plan-line">
          <strong>{node.nodeType}</strong>
          {node.detail && <span> {node.detail}</span>}
          {node.costly && <span className="badge plan-costly" title="A large share of the plan's cost is spent in this node">costly · {share}%</span>}
        </div>
        <div className="small muted">
          cost {node.selfCost.toFixed(2)} of {node.totalCost.toFixed(2)} · rows est. {node.planRows}
          {node.actualRows !== undefined && <> · actual {node.actualRows}{node.actualLoops && node.actualLoops > 1 ? ` × ${node.actualLoops} loops` : ""}</>}
          {misestimated && <span className="plan-warn"> · estimate off by 10× or more</span>}
        </div>
        {node.conditions.length > 0 && <div className="small plan-conds">{node.conditions.map((c, i) => <code key={i}>{c}</code>)}</div>}
      </div>
      {children.length > 0 && <ul>{children.map((c) => <PlanNodeItem key={c.id} node={c} nodes={nodes} total={total} />)}</ul>}
    </li>
  );
}

export function PlanTree({ result }: { result: SqlExplainResult }) {
  if (result.outcome !== "ok") {
    return <div className="alert error" role="alert"><strong>{result.outcome === "time_limit" ? "Time limit exceeded. " : "Error. "}</strong><span className="sql-message">{result.message}</span></div>;
  }
  const root = result.nodes[0];
  if (!root) return <p className="muted">No plan was produced for this statement.</p>;
  return (
    <div className="stack" data-testid="plan-tree">
      <p className="small muted">
        Total estimated cost {result.totalCost?.toFixed(2)}{result.timeMs !== undefined ? ` · executed in ${result.timeMs} ms` : ""}. Own cost excludes the node's children;
        nodes taking 30% or more of the total are marked costly.
      </p>
      <ul className="plan-tree" aria-label="Query plan">
        <PlanNodeItem node={root} nodes={result.nodes} total={result.totalCost ?? root.totalCost} />
      </ul>
    </div>
  );
}
