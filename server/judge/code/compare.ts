// Compares a case's actual value with its expected value per the problem's `compare` mode:
// exact (deep JSON equality, key order ignored), unordered (the top-level array is a multiset),
// float (numbers within 1e-6 relative, 1e-9 absolute near zero).
import type { CompareMode } from "./types";

const REL = 1e-6;
const ABS = 1e-9;

function deepEqual(a: unknown, b: unknown, float: boolean): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (a === b) return true;
    return float && Math.abs(a - b) <= Math.max(ABS, REL * Math.max(Math.abs(a), Math.abs(b)));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i], float));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && deepEqual((a as Record<string, unknown>)[k], rb[k], float));
}

/** A key that ignores object key order, for multiset comparison. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
}

function unorderedEqual(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return deepEqual(a, b, false);
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const x of b) counts.set(canonical(x), (counts.get(canonical(x)) ?? 0) + 1);
  for (const x of a) {
    const key = canonical(x);
    const n = counts.get(key);
    if (!n) return false;
    counts.set(key, n - 1);
  }
  return true;
}

/** For class problems each op's result is compared on its own with the same mode. */
export function valuesMatch(actual: unknown, expected: unknown, mode: CompareMode, perOp = false): boolean {
  if (perOp) {
    return (
      Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length &&
      actual.every((x, i) => valuesMatch(x, expected[i], mode))
    );
  }
  if (mode === "unordered") return unorderedEqual(actual, expected);
  return deepEqual(actual, expected, mode === "float");
}
