type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Change =
  | { op: "add"; path: string; value: Json }
  | { op: "remove"; path: string; old: Json }
  | { op: "replace"; path: string; old: Json; value: Json };

function kindOf(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v; // "boolean" | "number" | "string" | "object"
}

function escapeToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function deepDiff(a: Json, b: Json): Change[] {
  const changes: Change[] = [];
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const walk = (x: Json, y: Json, path: string): void => {
    const kx = kindOf(x), ky = kindOf(y);
    if (kx !== ky) {
      changes.push({ op: "replace", path, old: x, value: y });
    } else if (Array.isArray(x) && Array.isArray(y)) {
      const n = Math.max(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const p = `${path}/${i}`;
        if (i >= y.length) changes.push({ op: "remove", path: p, old: x[i] });
        else if (i >= x.length) changes.push({ op: "add", path: p, value: y[i] });
        else walk(x[i], y[i], p);
      }
    } else if (kx === "object") {
      const ox = x as { [key: string]: Json }, oy = y as { [key: string]: Json };
      const keys = [...new Set([...Object.keys(ox), ...Object.keys(oy)])].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
      for (const k of keys) {
        const p = `${path}/${escapeToken(k)}`;
        if (!has(oy, k)) changes.push({ op: "remove", path: p, old: ox[k] });
        else if (!has(ox, k)) changes.push({ op: "add", path: p, value: oy[k] });
        else walk(ox[k], oy[k], p);
      }
    } else if (x !== y) {
      changes.push({ op: "replace", path, old: x, value: y });
    }
  };
  walk(a, b, "");
  return changes;
}
