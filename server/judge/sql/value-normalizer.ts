// Turns PostgreSQL's text output of a cell into a comparable value, by the column's type: numbers
// of every numeric type compare as numbers (so a bigint count equals a numeric sum), date and
// timestamp values as one canonical wall-clock text, bpchar without its padding. Everything else
// compares as PostgreSQL printed it, with the session's fixed DateStyle/TimeZone making that stable.

export type Norm =
  | { kind: "null" }
  | { kind: "num"; v: number }
  | { kind: "text"; v: string };

/** PostgreSQL type OIDs the normaliser treats specially. */
export const OID = {
  bool: 16, int8: 20, int2: 21, int4: 23, oid: 26, float4: 700, float8: 701, bpchar: 1042,
  date: 1082, timestamp: 1114, timestamptz: 1184, numeric: 1700,
} as const;

const NUMERIC = new Set<number>([OID.int8, OID.int2, OID.int4, OID.oid, OID.float4, OID.float8, OID.numeric]);

/** Relative tolerance for numbers (and an absolute floor so float noise around 0 compares equal). */
export const REL_TOL = 1e-6;
const ABS_TOL = 1e-9;

export function normalise(cell: string | null, typeOid: number): Norm {
  if (cell === null) return { kind: "null" };
  if (NUMERIC.has(typeOid)) {
    const v = parseNumber(cell);
    return Number.isNaN(v) && cell !== "NaN" ? { kind: "text", v: cell } : { kind: "num", v };
  }
  switch (typeOid) {
    case OID.date:
    case OID.timestamp:
    case OID.timestamptz:
      return { kind: "text", v: canonicalTimestamp(cell) };
    case OID.bpchar:
      return { kind: "text", v: cell.replace(/ +$/, "") };
    default:
      return { kind: "text", v: cell };
  }
}

function parseNumber(s: string): number {
  if (s === "Infinity") return Infinity;
  if (s === "-Infinity") return -Infinity;
  return Number(s);
}

/**
 * Canonical form "YYYY-MM-DD HH:MM:SS[.fff]" in UTC: a date is its midnight, a timestamptz is
 * shifted to UTC, trailing fractional zeros are dropped. Unparseable input is returned unchanged.
 */
export function canonicalTimestamp(s: string): string {
  const m = /^(\d{4,})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?( BC)?$/.exec(s);
  if (!m) return s;
  const [, y, mo, d, h = "00", mi = "00", sec = "00", frac = "", sign, oh, om = "0", os = "0", bc] = m;
  let date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)));
  if (Number(y) < 100) date.setUTCFullYear(Number(y));
  if (sign && oh) {
    const offsetMs = (Number(oh) * 3600 + Number(om) * 60 + Number(os)) * 1000 * (sign === "+" ? 1 : -1);
    date = new Date(date.getTime() - offsetMs);
  }
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ (or ±YYYYYY for far years)
  const base = iso.slice(0, iso.indexOf("T")) + " " + iso.slice(iso.indexOf("T") + 1, iso.indexOf("T") + 9);
  const f = frac.replace(/0+$/, "");
  return base + (f ? "." + f : "") + (bc ? " BC" : "");
}

export function normEquals(a: Norm, b: Norm): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "null") return true;
  if (a.kind === "text") return a.v === (b as { v: string }).v;
  const x = a.v;
  const y = (b as { v: number }).v;
  if (x === y) return true;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(x - y);
  return diff <= ABS_TOL || diff <= REL_TOL * Math.max(Math.abs(x), Math.abs(y));
}

/** A hash key that is equal for exactly-equal values and for most tolerance-equal numbers. */
export function normKey(n: Norm): string {
  switch (n.kind) {
    case "null": return "\u0000N";
    case "num": return "\u0000#" + (Number.isFinite(n.v) ? (Math.abs(n.v) < ABS_TOL ? "0" : n.v.toPrecision(9)) : String(n.v));
    case "text": return "\u0000T" + n.v;
  }
}
