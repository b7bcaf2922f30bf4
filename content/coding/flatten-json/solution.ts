type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function memberPath(prefix: string, name: string): string {
  if (!IDENT.test(name)) return `${prefix}[${JSON.stringify(name)}]`;
  return prefix === "" ? name : `${prefix}.${name}`;
}

function flattenJson(doc: { [key: string]: Json }): { [path: string]: Json } {
  const out: { [path: string]: Json } = {};
  const walk = (value: Json, path: string): void => {
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`));
    } else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) walk(v, memberPath(path, k));
    } else {
      // defineProperty: a path like "__proto__" must become an own key, not a prototype change
      Object.defineProperty(out, path, { value, enumerable: true, writable: true, configurable: true });
    }
  };
  for (const [k, v] of Object.entries(doc)) walk(v, memberPath("", k));
  return out;
}
