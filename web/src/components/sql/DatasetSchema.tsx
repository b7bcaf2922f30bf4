/** The dataset's tables as boxes (columns, types, keys) and its relations in words: the ER diagram without Mermaid. */
import type { SqlDatasetInfo, SqlRelation } from "../../../../common/api/sql";
import { Markdown } from "../Markdown";

// Mermaid crow's-foot ends, read from the table's side of the line.
function side(end: string): string {
  const e = end.replace(/[{}]/g, "{");
  if (e === "||") return "one";
  if (e === "|o" || e === "o|") return "zero or one";
  if (e === "|{" || e === "{|") return "one or more";
  return "zero or more";
}

function relationText(r: SqlRelation): string {
  const m = /^(.{2})(?:--|\.\.)(.{2})$/.exec(r.cardinality);
  if (!m) return `${r.from} — ${r.to}`;
  return `each ${r.from} row has ${side(m[2]!)} ${r.to}; each ${r.to} row belongs to ${side(m[1]!.split("").reverse().join(""))} ${r.from}`;
}

export function DatasetSchema({ dataset }: { dataset: SqlDatasetInfo }) {
  return (
    <div className="stack" data-testid="dataset-schema">
      <div className="schema-tables">
        {dataset.tables.map((t) => (
          <section key={t.name} className="schema-table" aria-label={`Table ${t.name}`}>
            <h4>{t.name}</h4>
            <ul>
              {t.columns.map((c) => (
                <li key={c.name} title={c.note}>
                  <span className="schema-col">{c.name}</span>
                  {c.keys.map((k) => <span key={k} className={`schema-key ${k.toLowerCase()}`}>{k}</span>)}
                  <span className="schema-type">{c.type}{c.note === "nullable" ? "?" : ""}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {dataset.relations.length > 0 && (
        <details>
          <summary>Relations ({dataset.relations.length})</summary>
          <ul className="small">
            {dataset.relations.map((r, i) => (
              <li key={i}><code>{r.from}</code> → <code>{r.to}</code> on <code>{r.label}</code>: {relationText(r)}</li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>About the {dataset.title} dataset</summary>
        <Markdown source={dataset.description} />
      </details>
    </div>
  );
}
