// Allows only one ! in a row ("!!x" is a syntax error).
const TOKEN = /\s*(?:(-?[0-9]+(?:\.[0-9]+)?)|("(?:[^"\\]|\\["\\])*")|([A-Za-z_][A-Za-z0-9_.]*)|(&&|\|\||==|!=|<=|>=|[()[\],!<>]))/y;
const WS_END = /\s*$/y;
const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);

type AttrValue = string | number | boolean | null;
type Lit = string | number | boolean;
type Token = ["lit", Lit] | ["name", string] | ["op", string];

class RuleSyntaxError extends Error {}

function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (;;) {
    WS_END.lastIndex = pos;
    if (WS_END.test(rule)) break; // only whitespace left
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(rule);
    if (!m) throw new RuleSyntaxError();
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push(["lit", Number(m[1])]);
    else if (m[2] !== undefined) tokens.push(["lit", m[2].slice(1, -1).replace(/\\(["\\])/g, "$1")]);
    else if (m[3] !== undefined) {
      if (m[3] === "true" || m[3] === "false") tokens.push(["lit", m[3] === "true"]);
      else if (m[3] === "in") tokens.push(["op", "in"]);
      else tokens.push(["name", m[3]]);
    } else tokens.push(["op", m[4]!]);
  }
  return tokens;
}

function kindOf(v: AttrValue | undefined): "bool" | "num" | "str" | null {
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return "num";
  if (typeof v === "string") return "str";
  return null; // missing or null
}

function compare(value: AttrValue | undefined, op: string, lit: Lit): boolean {
  const kind = kindOf(value);
  if (kind === null || kind !== kindOf(lit)) return false;
  switch (op) {
    case "==": return value === lit;
    case "!=": return value !== lit;
  }
  if (kind === "bool") return false;
  switch (op) {
    case "<": return (value as number | string) < lit;
    case "<=": return (value as number | string) <= lit;
    case ">": return (value as number | string) > lit;
    default: return (value as number | string) >= lit;
  }
}

function evaluateRule(rule: string, context: Record<string, AttrValue>): boolean | null {
  let tokens: Token[];
  try {
    tokens = tokenize(rule);
  } catch {
    return null;
  }
  let pos = 0;
  const get = (name: string): AttrValue | undefined => (Object.prototype.hasOwnProperty.call(context, name) ? context[name] : undefined);
  const peekIs = (kind: string, text: string): boolean => pos < tokens.length && tokens[pos]![0] === kind && tokens[pos]![1] === text;
  const take = (kind?: string, text?: string): Token => {
    const tok = tokens[pos];
    if (!tok || (kind && tok[0] !== kind) || (text !== undefined && tok[1] !== text)) throw new RuleSyntaxError();
    pos++;
    return tok;
  };

  const parseOr = (): boolean => {
    let value = parseAnd();
    while (peekIs("op", "||")) {
      take();
      const rhs = parseAnd(); // always parse: a syntax error on the right still counts
      value = value || rhs;
    }
    return value;
  };
  const parseAnd = (): boolean => {
    let value = parseNot();
    while (peekIs("op", "&&")) {
      take();
      const rhs = parseNot();
      value = value && rhs;
    }
    return value;
  };
  const parseNot = (): boolean => {
    if (peekIs("op", "!")) {
      take();
      return !parsePrimary(); // "!!x" is rejected
    }
    return parsePrimary();
  };
  const parsePrimary = (): boolean => {
    if (peekIs("op", "(")) {
      take();
      const value = parseOr();
      take("op", ")");
      return value;
    }
    const name = take("name")[1] as string;
    const next = tokens[pos];
    if (next && next[0] === "op" && COMPARISONS.has(next[1])) {
      take();
      const lit = take("lit")[1] as Lit;
      return compare(get(name), next[1] as string, lit);
    }
    if (peekIs("op", "in")) {
      take();
      take("op", "[");
      const lits = [take("lit")[1] as Lit];
      while (peekIs("op", ",")) {
        take();
        lits.push(take("lit")[1] as Lit);
      }
      take("op", "]");
      return lits.some((lit) => compare(get(name), "==", lit));
    }
    return get(name) === true;
  };

  try {
    const result = parseOr();
    return pos === tokens.length ? result : null;
  } catch (e) {
    if (e instanceof RuleSyntaxError) return null;
    throw e;
  }
}
