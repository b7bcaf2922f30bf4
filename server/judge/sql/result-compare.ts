// Compares a submission's result with the reference's: columns by name (case-insensitive) or by
// position, rows as a multiset with tolerant numbers, and — when order is part of the answer —
// only the required ORDER BY keys in order (ties in any order). Pure: no database, fully unit-tested.

import { normalise, normEquals, normKey, type Norm } from "./value-normalizer";
import type { Cell, ResultDiff, RowSet } from "./types";

export interface CompareOptions {
  columnsByPosition: boolean;
  ordered: boolean;
  /**
   * Indexes into the expected columns whose sequence must match the reference's (the ORDER BY
   * keys). Undefined with `ordered`: the whole row sequence must match (keys unknown).
   */
  orderKeys?: number[];
}

export interface CompareOutcome {
  equal: boolean;
  message: string;
  diff?: ResultDiff;
}

const SHOW = 10;

/** Compare `actual` against `expected` under the problem's rules. */
export function compareResults(expected: RowSet, actual: RowSet, opts: CompareOptions): CompareOutcome {
  const mapping = mapColumns(expected, actual, opts.columnsByPosition);
  if (!mapping.ok) return { equal: false, message: mapping.message, diff: mapping.diff };
  const perm = mapping.perm; // expected column i is actual column perm[i]
  const expTypes = expected.columns.map((c) => c.typeOid);
  const actTypes = perm.map((j) => actual.columns[j]!.typeOid);
  const expNorm = expected.rows.map((r) => r.map((c, i) => normalise(c, expTypes[i]!)));
  // Reorder the user's cells into the expected column order once; diffs show them in that order.
  const actRows = actual.rows.map((r) => perm.map((j) => r[j] ?? null));
  const actNorm = actRows.map((r) => r.map((c, i) => normalise(c, actTypes[i]!)));

  const { missing, extra } = multisetDiff(expNorm, actNorm);
  if (missing.length || extra.length) {
    const countMsg = expected.rows.length !== actual.rows.length
      ? `expected ${expected.rows.length} rows, got ${actual.rows.length}`
      : `${missing.length} of ${expected.rows.length} rows differ`;
    const parts = [countMsg];
    if (missing.length) parts.push(`${missing.length} expected row(s) missing`);
    if (extra.length) parts.push(`${extra.length} unexpected row(s)`);
    return {
      equal: false,
      message: parts.join("; "),
      diff: {
        kind: "rows",
        expectedColumns: expected.columns.map((c) => c.name),
        missing: missing.slice(0, SHOW).map((i) => expected.rows[i]!),
        extra: extra.slice(0, SHOW).map((i) => actRows[i]!),
        missingCount: missing.length,
        extraCount: extra.length,
        expectedRows: expected.rows.length,
        actualRows: actual.rows.length,
      },
    };
  }

  if (opts.ordered) {
    const keys = opts.orderKeys ?? expected.columns.map((_, i) => i);
    for (let r = 0; r < expNorm.length; r++) {
      const same = keys.every((k) => normEquals(expNorm[r]![k]!, actNorm[r]![k]!));
      if (!same) {
        const keyNames = keys.map((k) => expected.columns[k]!.name);
        return {
          equal: false,
          message: `the rows are right but not in the required order (by ${keyNames.join(", ")}): row ${r + 1} is out of place`,
          diff: {
            kind: "order",
            expectedColumns: expected.columns.map((c) => c.name),
            outOfOrder: { index: r, previous: r > 0 ? actRows[r - 1]! : [], row: actRows[r]!, keys: keyNames },
          },
        };
      }
    }
  }
  return { equal: true, message: "accepted" };
}

type Mapping = { ok: true; perm: number[] } | { ok: false; message: string; diff: ResultDiff };

function mapColumns(expected: RowSet, actual: RowSet, byPosition: boolean): Mapping {
  const expNames = expected.columns.map((c) => c.name);
  const actNames = actual.columns.map((c) => c.name);
  const mismatch = (message: string): Mapping => ({
    ok: false, message, diff: { kind: "columns", expectedColumns: expNames, actualColumns: actNames },
  });
  if (expNames.length !== actNames.length) {
    return mismatch(`expected ${expNames.length} column(s) (${expNames.join(", ")}), got ${actNames.length} (${actNames.join(", ")})`);
  }
  if (byPosition) return { ok: true, perm: expNames.map((_, i) => i) };
  // Match names case-insensitively; duplicate names pair up in order of appearance.
  const used = new Set<number>();
  const perm: number[] = [];
  const missing: string[] = [];
  for (const name of expNames) {
    const j = actNames.findIndex((a, idx) => !used.has(idx) && a.toLowerCase() === name.toLowerCase());
    if (j === -1) { missing.push(name); continue; }
    used.add(j);
    perm.push(j);
  }
  if (missing.length) {
    const extra = actNames.filter((_, j) => !used.has(j));
    return mismatch(`column(s) ${missing.map((m) => `"${m}"`).join(", ")} missing; got ${extra.map((m) => `"${m}"`).join(", ")} instead (names are compared case-insensitively: use AS to rename)`);
  }
  return { ok: true, perm };
}

// Pairs rows in two passes: exact hash keys first (fast, O(n)), then a tolerant scan of what is
// left, so 0.1+0.2 still pairs with 0.3 without making every comparison quadratic.
function multisetDiff(expected: Norm[][], actual: Norm[][]): { missing: number[]; extra: number[] } {
  const buckets = new Map<string, number[]>();
  expected.forEach((row, i) => {
    const k = rowKey(row);
    const b = buckets.get(k);
    if (b) b.push(i); else buckets.set(k, [i]);
  });
  const matchedExp = new Uint8Array(expected.length);
  const unmatchedAct: number[] = [];
  actual.forEach((row, j) => {
    const b = buckets.get(rowKey(row));
    const i = b?.pop();
    if (i === undefined) unmatchedAct.push(j);
    else matchedExp[i] = 1;
  });
  let unmatchedExp: number[] = [];
  for (let i = 0; i < expected.length; i++) if (!matchedExp[i]) unmatchedExp.push(i);
  if (unmatchedExp.length && unmatchedAct.length && unmatchedExp.length * unmatchedAct.length <= 4_000_000) {
    const extra: number[] = [];
    for (const j of unmatchedAct) {
      const at = unmatchedExp.findIndex((i) => rowEquals(expected[i]!, actual[j]!));
      if (at === -1) extra.push(j);
      else unmatchedExp = unmatchedExp.filter((_, idx) => idx !== at);
    }
    return { missing: unmatchedExp, extra };
  }
  return { missing: unmatchedExp, extra: unmatchedAct };
}

function rowKey(row: Norm[]): string {
  return row.map(normKey).join("\u0001");
}

function rowEquals(a: Norm[], b: Norm[]): boolean {
  return a.length === b.length && a.every((x, i) => normEquals(x, b[i]!));
}

/** Render a row for messages: NULL spelled out, cells joined by " | ". */
export function formatRow(row: Cell[]): string {
  return row.map((c) => (c === null ? "NULL" : c)).join(" | ");
}
