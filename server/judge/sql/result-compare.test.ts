import { describe, expect, it } from "vitest";
import { compareResults } from "./result-compare";
import { deriveOrderKeys } from "./order-keys";
import { canonicalTimestamp, normalise, normEquals, OID } from "./value-normalizer";
import type { Cell, Column, RowSet } from "./types";

const col = (name: string, typeOid: number = OID.int4): Column => ({ name, typeOid });
const set = (columns: Column[], rows: Cell[][]): RowSet => ({ columns, rows, tooLarge: false });
const unordered = { columnsByPosition: false, ordered: false };

describe("compareResults: rows as a multiset", () => {
  const exp = set([col("id"), col("name", 25)], [["1", "a"], ["2", "b"], ["2", "b"]]);

  it("accepts the same rows in another order", () => {
    const act = set([col("id"), col("name", 25)], [["2", "b"], ["1", "a"], ["2", "b"]]);
    expect(compareResults(exp, act, unordered).equal).toBe(true);
  });

  it("counts duplicates: a missing duplicate is a missing row", () => {
    const act = set([col("id"), col("name", 25)], [["2", "b"], ["1", "a"]]);
    const r = compareResults(exp, act, unordered);
    expect(r.equal).toBe(false);
    expect(r.diff).toMatchObject({ kind: "rows", missing: [["2", "b"]], extra: [], missingCount: 1, extraCount: 0, expectedRows: 3, actualRows: 2 });
    expect(r.message).toContain("expected 3 rows, got 2");
  });

  it("names missing and extra rows", () => {
    const act = set([col("id"), col("name", 25)], [["1", "a"], ["2", "b"], ["3", "c"]]);
    const r = compareResults(exp, act, unordered);
    expect(r.diff).toMatchObject({ missing: [["2", "b"]], extra: [["3", "c"]] });
  });

  it("treats NULL as equal to NULL but not to an empty string or 0", () => {
    const e = set([col("x", 25)], [[null]]);
    expect(compareResults(e, set([col("x", 25)], [[null]]), unordered).equal).toBe(true);
    expect(compareResults(e, set([col("x", 25)], [[""]]), unordered).equal).toBe(false);
    expect(compareResults(set([col("x")], [[null]]), set([col("x")], [["0"]]), unordered).equal).toBe(false);
  });

  it("caps the diff at 10 rows but reports the totals", () => {
    const many = set([col("n")], Array.from({ length: 50 }, (_, i) => [String(i)]));
    const r = compareResults(many, set([col("n")], []), unordered);
    expect(r.diff?.missing).toHaveLength(10);
    expect(r.diff?.missingCount).toBe(50);
  });
});

describe("compareResults: numbers", () => {
  it("compares numbers within 1e-6 relative, across numeric, bigint and float types", () => {
    const e = set([col("v", OID.numeric)], [["0.3333333333333333333"], ["1000000"], ["2.5"]]);
    const a = set([col("v", OID.float8)], [["0.33333333"], ["1000000.4"], ["2.5000000001"]]);
    expect(compareResults(e, a, unordered).equal).toBe(true);
    const bigint = set([col("count", OID.int8)], [["4044"]]);
    expect(compareResults(bigint, set([col("count", OID.numeric)], [["4044.0000"]]), unordered).equal).toBe(true);
  });

  it("rejects numbers beyond the tolerance", () => {
    const e = set([col("v", OID.numeric)], [["100.00"]]);
    expect(compareResults(e, set([col("v", OID.numeric)], [["100.01"]]), unordered).equal).toBe(false);
    expect(compareResults(e, set([col("v", OID.numeric)], [["100.001"]]), unordered).equal).toBe(false);
  });

  it("pairs tolerance-equal rows even when their hash keys differ", () => {
    const e = set([col("k", 25), col("v", OID.float8)], [["a", "0.30000000000000004"], ["b", "1"]]);
    const a = set([col("k", 25), col("v", OID.numeric)], [["b", "1.0000000001"], ["a", "0.3"]]);
    expect(compareResults(e, a, unordered).equal).toBe(true);
  });

  it("does not confuse a numeric string in a text column with a number", () => {
    const e = set([col("v", 25)], [["1.0"]]);
    expect(compareResults(e, set([col("v", 25)], [["1"]]), unordered).equal).toBe(false);
  });

  it("handles NaN and infinities", () => {
    expect(normEquals(normalise("NaN", OID.float8), normalise("NaN", OID.numeric))).toBe(true);
    expect(normEquals(normalise("Infinity", OID.float8), normalise("Infinity", OID.float8))).toBe(true);
    expect(normEquals(normalise("Infinity", OID.float8), normalise("-Infinity", OID.float8))).toBe(false);
  });
});

describe("compareResults: dates and timestamps", () => {
  it("normalises date, timestamp and timestamptz to one wall-clock form", () => {
    expect(canonicalTimestamp("2012-08-01")).toBe("2012-08-01 00:00:00");
    expect(canonicalTimestamp("2012-08-01 10:00:00.500000")).toBe("2012-08-01 10:00:00.5");
    expect(canonicalTimestamp("2012-08-01 10:00:00+02")).toBe("2012-08-01 08:00:00");
    expect(canonicalTimestamp("2012-08-01 01:30:00-05:30")).toBe("2012-08-01 07:00:00");
  });

  it("accepts a date where the reference returns midnight timestamps", () => {
    const e = set([col("d", OID.timestamp)], [["2012-08-01 00:00:00"]]);
    expect(compareResults(e, set([col("d", OID.date)], [["2012-08-01"]]), unordered).equal).toBe(true);
    expect(compareResults(e, set([col("d", OID.timestamptz)], [["2012-08-01 00:00:00+00"]]), unordered).equal).toBe(true);
    expect(compareResults(e, set([col("d", OID.timestamp)], [["2012-08-01 00:00:01"]]), unordered).equal).toBe(false);
  });

  it("ignores bpchar padding", () => {
    const e = set([col("c", 25)], [["ab"]]);
    expect(compareResults(e, set([col("c", OID.bpchar)], [["ab  "]]), unordered).equal).toBe(true);
  });
});

describe("compareResults: columns", () => {
  const e = set([col("id"), col("Total Slots")], [["1", "10"]]);

  it("matches names case-insensitively and in any order", () => {
    const a = set([col("total slots"), col("ID")], [["10", "1"]]);
    expect(compareResults(e, a, unordered).equal).toBe(true);
  });

  it("reports a column mismatch by name", () => {
    const r = compareResults(e, set([col("id"), col("total")], [["1", "10"]]), unordered);
    expect(r.equal).toBe(false);
    expect(r.diff).toEqual({ kind: "columns", expectedColumns: ["id", "Total Slots"], actualColumns: ["id", "total"] });
    expect(r.message).toContain('"Total Slots"');
  });

  it("reports a different column count", () => {
    const r = compareResults(e, set([col("id")], [["1"]]), unordered);
    expect(r.diff?.kind).toBe("columns");
    expect(r.message).toContain("expected 2 column(s)");
  });

  it("compares by position when the problem says so", () => {
    const a = set([col("facid"), col("totalslots")], [["1", "10"]]);
    expect(compareResults(e, a, { ...unordered, columnsByPosition: true }).equal).toBe(true);
    const swapped = set([col("totalslots"), col("facid")], [["10", "1"]]);
    expect(compareResults(e, swapped, { ...unordered, columnsByPosition: true }).equal).toBe(false);
  });

  it("pairs duplicate column names in order of appearance", () => {
    const d = set([col("id"), col("id")], [["1", "2"]]);
    expect(compareResults(d, set([col("id"), col("id")], [["1", "2"]]), unordered).equal).toBe(true);
    expect(compareResults(d, set([col("id"), col("id")], [["2", "1"]]), unordered).equal).toBe(false);
  });
});

describe("compareResults: order", () => {
  const cols = [col("name", 25), col("score")];
  const e = set(cols, [["a", "3"], ["b", "3"], ["c", "2"], ["d", "1"]]);

  it("lets ties on the ORDER BY keys come in any order", () => {
    const a = set(cols, [["b", "3"], ["a", "3"], ["c", "2"], ["d", "1"]]);
    expect(compareResults(e, a, { columnsByPosition: false, ordered: true, orderKeys: [1] }).equal).toBe(true);
  });

  it("names the first out-of-order pair", () => {
    const a = set(cols, [["a", "3"], ["c", "2"], ["b", "3"], ["d", "1"]]);
    const r = compareResults(e, a, { columnsByPosition: false, ordered: true, orderKeys: [1] });
    expect(r.equal).toBe(false);
    expect(r.diff).toMatchObject({ kind: "order", outOfOrder: { index: 1, previous: ["a", "3"], row: ["c", "2"], keys: ["score"] } });
  });

  it("requires the whole row sequence when the keys are unknown", () => {
    const a = set(cols, [["b", "3"], ["a", "3"], ["c", "2"], ["d", "1"]]);
    expect(compareResults(e, a, { columnsByPosition: false, ordered: true }).equal).toBe(false);
  });

  it("reports wrong rows before wrong order", () => {
    const a = set(cols, [["d", "1"], ["c", "2"], ["b", "3"]]);
    expect(compareResults(e, a, { columnsByPosition: false, ordered: true, orderKeys: [1] }).diff?.kind).toBe("rows");
  });

  it("checks order on the user's columns even when they come in another column order", () => {
    const a = set([col("score"), col("name", 25)], [["3", "b"], ["3", "a"], ["2", "c"], ["1", "d"]]);
    expect(compareResults(e, a, { columnsByPosition: false, ordered: true, orderKeys: [1] }).equal).toBe(true);
  });
});

describe("deriveOrderKeys", () => {
  it("maps aliases, positions and expressions to output columns", () => {
    expect(deriveOrderKeys("select facid, sum(slots) as \"Total Slots\" from b group by facid order by sum(slots) desc", ["facid", "Total Slots"]))
      .toEqual({ kind: "keys", columns: [1] });
    expect(deriveOrderKeys("select a, b from t order by 2, a", ["a", "b"])).toEqual({ kind: "keys", columns: [1, 0] });
    expect(deriveOrderKeys("select bks.starttime as start, facs.name as name from x order by bks.starttime", ["start", "name"]))
      .toEqual({ kind: "keys", columns: [0] });
    expect(deriveOrderKeys('select x as "Big" from t order by "Big" nulls first', ["Big"])).toEqual({ kind: "keys", columns: [0] });
  });

  it("uses the outermost ORDER BY, not one inside a subquery or window", () => {
    expect(deriveOrderKeys("select name, rank() over (order by total desc) as r from (select * from t order by id) q order by r", ["name", "r"]))
      .toEqual({ kind: "keys", columns: [1] });
  });

  it("says none without a top-level ORDER BY and unknown for an unselected key", () => {
    expect(deriveOrderKeys("select a from (select a from t order by a) q", ["a"])).toEqual({ kind: "none" });
    expect(deriveOrderKeys("select firstname from members order by joindate", ["firstname"])).toMatchObject({ kind: "unknown" });
  });

  it("handles UNION with an ORDER BY on output names", () => {
    expect(deriveOrderKeys("select a, b from t union all select a, null from u order by a, b", ["a", "b"])).toEqual({ kind: "keys", columns: [0, 1] });
  });
});
