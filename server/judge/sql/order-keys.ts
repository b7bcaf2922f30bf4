// Derives which output columns carry the required order from the reference's top-level ORDER BY,
// so that a submission is only held to those keys and ties may come in any order. Each ORDER BY
// item maps to an output column by position (ORDER BY 2), by output name (ORDER BY revenue), or by
// being the same expression as a select-list item (ORDER BY sum(slots) for `sum(slots) AS total`).
// When an item matches no output column (ORDER BY a column that is not selected) the keys are
// unknown and the judge falls back to the reference's whole-row sequence.

import { identifierName, splitStatements, topLevelOrderBy, topLevelSelectList } from "./sql-lexer";

export type OrderKeys =
  | { kind: "none" } // the reference has no top-level ORDER BY: its order means nothing
  | { kind: "keys"; columns: number[] }
  | { kind: "unknown"; item: string };

/** Map the reference's ORDER BY to indexes of its output columns. */
export function deriveOrderKeys(referenceSql: string, outputNames: string[]): OrderKeys {
  const statements = splitStatements(referenceSql);
  const last = statements[statements.length - 1];
  if (!last) return { kind: "none" };
  const items = topLevelOrderBy(last);
  if (items.length === 0) return { kind: "none" };
  const select = topLevelSelectList(last);
  // Select-list expressions line up with output columns only without * expansion.
  const selectUsable = select.length === outputNames.length && !select.some((s) => s.expr === "*" || s.expr.endsWith(". *"));
  const lower = outputNames.map((n) => n.toLowerCase());
  const keys: number[] = [];
  for (const item of items) {
    const toks = item.tokens;
    let index = -1;
    if (toks.length === 1 && toks[0]!.kind === "number" && /^\d+$/.test(toks[0]!.text)) {
      index = Number(toks[0]!.text) - 1;
      if (index >= outputNames.length) index = -1;
    } else if (toks.length === 1 && (toks[0]!.kind === "word" || toks[0]!.kind === "ident")) {
      // A bare name refers to an output column first (PostgreSQL's rule), then to an expression.
      const name = identifierName(toks[0]!);
      index = toks[0]!.kind === "ident" ? outputNames.indexOf(name) : lower.indexOf(name.toLowerCase());
    }
    if (index === -1 && selectUsable) index = select.findIndex((s) => s.expr === item.expr);
    if (index === -1) return { kind: "unknown", item: item.expr };
    if (!keys.includes(index)) keys.push(index);
  }
  return { kind: "keys", columns: keys };
}
