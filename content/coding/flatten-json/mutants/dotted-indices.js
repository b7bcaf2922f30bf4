// Writes array indices as .0 instead of [0].
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function memberPath(prefix, name) {
  if (!IDENT.test(name)) return `${prefix}[${JSON.stringify(name)}]`;
  return prefix === "" ? name : `${prefix}.${name}`;
}

function flattenJson(doc) {
  const out = {};
  const walk = (value, path) => {
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((v, i) => walk(v, `${path}.${i}`));
    } else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) walk(v, memberPath(path, k));
    } else {
      Object.defineProperty(out, path, { value, enumerable: true, writable: true, configurable: true });
    }
  };
  for (const [k, v] of Object.entries(doc)) walk(v, memberPath("", k));
  return out;
}
