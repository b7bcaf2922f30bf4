// Does not escape ~ and / in JSON Pointer tokens.
function kindOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v; // "boolean" | "number" | "string" | "object"
}

function escapeToken(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function deepDiff(a, b) {
  const changes = [];
  const walk = (x, y, path) => {
    const kx = kindOf(x), ky = kindOf(y);
    if (kx !== ky) {
      changes.push({ op: "replace", path, old: x, value: y });
    } else if (kx === "array") {
      const n = Math.max(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const p = `${path}/${i}`;
        if (i >= y.length) changes.push({ op: "remove", path: p, old: x[i] });
        else if (i >= x.length) changes.push({ op: "add", path: p, value: y[i] });
        else walk(x[i], y[i], p);
      }
    } else if (kx === "object") {
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
      for (const k of keys) {
        const p = `${path}/${k}`;
        const inX = Object.prototype.hasOwnProperty.call(x, k);
        const inY = Object.prototype.hasOwnProperty.call(y, k);
        if (!inY) changes.push({ op: "remove", path: p, old: x[k] });
        else if (!inX) changes.push({ op: "add", path: p, value: y[k] });
        else walk(x[k], y[k], p);
      }
    } else if (x !== y) {
      changes.push({ op: "replace", path, old: x, value: y });
    }
  };
  walk(a, b, "");
  return changes;
}
