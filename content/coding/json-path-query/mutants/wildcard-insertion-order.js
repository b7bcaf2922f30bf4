// A step is { type: "key", key } | { type: "index", index } | { type: "all" }.
function parsePath(path) {
  if (path[0] !== "$") return null;
  const steps = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === ".") {
      i++;
      if (path[i] === "*") {
        steps.push({ type: "all" });
        i++;
        continue;
      }
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(path.slice(i));
      if (!m) return null;
      steps.push({ type: "key", key: m[0] });
      i += m[0].length;
    } else if (path[i] === "[") {
      i++;
      if (path[i] === "*") {
        if (path[i + 1] !== "]") return null;
        steps.push({ type: "all" });
        i += 2;
      } else if (path[i] === '"') {
        i++;
        let key = "";
        for (;;) {
          if (i >= path.length) return null;
          const ch = path[i];
          if (ch === '"') break;
          if (ch === "\\") {
            const next = path[i + 1];
            if (next !== '"' && next !== "\\") return null;
            key += next;
            i += 2;
          } else {
            key += ch;
            i++;
          }
        }
        if (path[i + 1] !== "]") return null;
        steps.push({ type: "key", key });
        i += 2;
      } else {
        const m = /^-?[0-9]+\]/.exec(path.slice(i));
        if (!m) return null;
        steps.push({ type: "index", index: Number(m[0].slice(0, -1)) });
        i += m[0].length;
      }
    } else {
      return null;
    }
  }
  return steps;
}

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function queryPath(doc, path) {
  const steps = parsePath(path);
  if (steps === null) return null;
  let current = [doc];
  for (const step of steps) {
    const next = [];
    for (const v of current) {
      if (step.type === "key") {
        if (isObject(v) && Object.prototype.hasOwnProperty.call(v, step.key)) next.push(v[step.key]);
      } else if (step.type === "index") {
        if (Array.isArray(v)) {
          const i = step.index < 0 ? v.length + step.index : step.index;
          if (i >= 0 && i < v.length) next.push(v[i]);
        }
      } else if (Array.isArray(v)) {
        next.push(...v);
      } else if (isObject(v)) {
        next.push(...Object.values(v));
      }
    }
    current = next;
  }
  return current;
}
