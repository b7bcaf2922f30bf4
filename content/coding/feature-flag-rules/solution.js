const TOKEN = /\s*(?:(-?[0-9]+(?:\.[0-9]+)?)|("(?:[^"\\]|\\["\\])*")|([A-Za-z_][A-Za-z0-9_.]*)|(&&|\|\||==|!=|<=|>=|[()[\],!<>]))/y;
const WS_END = /\s*$/y;
const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);

class RuleSyntaxError extends Error {}

function tokenize(rule) {
  const tokens = [];
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
    } else tokens.push(["op", m[4]]);
  }
  return tokens;
}

function kindOf(v) {
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return "num";
  if (typeof v === "string") return "str";
  return null; // missing or null
}

function compare(value, op, lit) {
  const kind = kindOf(value);
  if (kind === null || kind !== kindOf(lit)) return false;
  switch (op) {
    case "==": return value === lit;
    case "!=": return value !== lit;
  }
  if (kind === "bool") return false;
  switch (op) {
    case "<": return value < lit;
    case "<=": return value <= lit;
    case ">": return value > lit;
    default: return value >= lit;
  }
}

function evaluateRule(rule, context) {
  let tokens;
  try {
    tokens = tokenize(rule);
  } catch (e) {
    return null;
  }
  let pos = 0;
  const get = (name) => (Object.prototype.hasOwnProperty.call(context, name) ? context[name] : undefined);
  const peekIs = (kind, text) => pos < tokens.length && tokens[pos][0] === kind && tokens[pos][1] === text;
  const take = (kind, text) => {
    const tok = tokens[pos];
    if (!tok || (kind && tok[0] !== kind) || (text !== undefined && tok[1] !== text)) throw new RuleSyntaxError();
    pos++;
    return tok;
  };

  const parseOr = () => {
    let value = parseAnd();
    while (peekIs("op", "||")) {
      take();
      const rhs = parseAnd(); // always parse: a syntax error on the right still counts
      value = value || rhs;
    }
    return value;
  };
  const parseAnd = () => {
    let value = parseNot();
    while (peekIs("op", "&&")) {
      take();
      const rhs = parseNot();
      value = value && rhs;
    }
    return value;
  };
  const parseNot = () => {
    if (peekIs("op", "!")) {
      take();
      return !parseNot();
    }
    return parsePrimary();
  };
  const parsePrimary = () => {
    if (peekIs("op", "(")) {
      take();
      const value = parseOr();
      take("op", ")");
      return value;
    }
    const [, name] = take("name");
    const next = tokens[pos];
    if (next && next[0] === "op" && COMPARISONS.has(next[1])) {
      take();
      const [, lit] = take("lit");
      return compare(get(name), next[1], lit);
    }
    if (peekIs("op", "in")) {
      take();
      take("op", "[");
      const lits = [take("lit")[1]];
      while (peekIs("op", ",")) {
        take();
        lits.push(take("lit")[1]);
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
