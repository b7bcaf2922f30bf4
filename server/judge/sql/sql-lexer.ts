// A small PostgreSQL lexer: enough to split a submission into statements, find each statement's
// leading keywords and read the reference's top-level ORDER BY. It follows the server's rules for
// comments (nested /* */), strings ('', E'', $tag$), and quoted identifiers, so comment and
// semicolon tricks split the same way the server would parse them. It is a policy aid, not the
// security boundary: every statement is still sent to the server on its own, and the extended
// protocol refuses a message holding two commands.

export type TokenKind = "word" | "ident" | "string" | "number" | "param" | "op" | "(" | ")" | "," | ";" | ".";

export interface Token {
  kind: TokenKind;
  /** Source text; for words, upper-cased in `upper`. */
  text: string;
  upper: string;
  start: number;
  end: number;
  /** Parenthesis depth at the token (statement level = 0). */
  depth: number;
}

export class SqlLexError extends Error {
  override name = "SqlLexError";
}

const isIdentStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentChar = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** Tokenise SQL, dropping whitespace and comments. Throws SqlLexError on unterminated input. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let depth = 0;
  const push = (kind: TokenKind, start: number, end: number, d = depth) => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, upper: kind === "word" ? text.toUpperCase() : text, start, end, depth: d });
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1] ?? "";
    if (/\s/.test(c)) { i++; continue; }
    if (c === "-" && next === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl === -1 ? sql.length : nl + 1;
      continue;
    }
    if (c === "/" && next === "*") {
      // PostgreSQL block comments nest.
      let level = 1;
      let j = i + 2;
      while (j < sql.length && level > 0) {
        if (sql[j] === "/" && sql[j + 1] === "*") { level++; j += 2; }
        else if (sql[j] === "*" && sql[j + 1] === "/") { level--; j += 2; }
        else j++;
      }
      if (level > 0) throw new SqlLexError("unterminated /* comment");
      i = j;
      continue;
    }
    const start = i;
    if ((c === "E" || c === "e") && next === "'") {
      i = scanQuoted(sql, i + 1, "'", true);
      push("string", start, i);
      continue;
    }
    if ((c === "U" || c === "u") && next === "&" && (sql[i + 2] === "'" || sql[i + 2] === '"')) {
      const q = sql[i + 2]!;
      i = scanQuoted(sql, i + 2, q, false);
      push(q === "'" ? "string" : "ident", start, i);
      continue;
    }
    if ((c === "B" || c === "b" || c === "X" || c === "x" || c === "N" || c === "n") && next === "'") {
      i = scanQuoted(sql, i + 1, "'", false);
      push("string", start, i);
      continue;
    }
    if (c === "'") { i = scanQuoted(sql, i, "'", false); push("string", start, i); continue; }
    if (c === '"') { i = scanQuoted(sql, i, '"', false); push("ident", start, i); continue; }
    if (c === "$") {
      const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const tag = m[0];
        const close = sql.indexOf(tag, i + tag.length);
        if (close === -1) throw new SqlLexError(`unterminated dollar-quoted string ${tag}`);
        i = close + tag.length;
        push("string", start, i);
        continue;
      }
      const p = /^\$\d+/.exec(sql.slice(i));
      if (p) { i += p[0].length; push("param", start, i); continue; }
    }
    if (isIdentStart(c)) {
      i++;
      while (i < sql.length && isIdentChar(sql[i]!)) i++;
      push("word", start, i);
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(next))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9]+)?)/.exec(sql.slice(i));
      i += Math.max(1, m?.[0].length ?? 1);
      push("number", start, i);
      continue;
    }
    if (c === "(") { push("(", i, i + 1); depth++; i++; continue; }
    if (c === ")") {
      depth--;
      if (depth < 0) throw new SqlLexError("unbalanced ')'");
      push(")", i, i + 1);
      i++;
      continue;
    }
    if (c === ",") { push(",", i, i + 1); i++; continue; }
    if (c === ";") { push(";", i, i + 1); i++; continue; }
    if (c === "." ) { push(".", i, i + 1); i++; continue; }
    // Operators: a run of operator characters (good enough: we never evaluate them).
    const m = /^[+\-*/<>=~!@#%^&|`?:\[\]]+/.exec(sql.slice(i));
    i += m ? m[0].length : 1;
    push("op", start, i);
  }
  if (depth !== 0) throw new SqlLexError("unbalanced '('");
  return tokens;
}

function scanQuoted(sql: string, openAt: number, quote: string, backslashEscapes: boolean): number {
  let j = openAt + 1;
  while (j < sql.length) {
    const ch = sql[j]!;
    if (backslashEscapes && ch === "\\") { j += 2; continue; }
    if (ch === quote) {
      if (sql[j + 1] === quote) { j += 2; continue; }
      return j + 1;
    }
    j++;
  }
  throw new SqlLexError(`unterminated ${quote === "'" ? "string" : "quoted identifier"}`);
}

export interface Statement {
  /** The statement's source text without the terminating semicolon. */
  text: string;
  tokens: Token[];
  /** Up to the first four keywords, upper-cased, skipping leading '('. */
  keywords: string[];
}

/** Split a script into statements at top-level semicolons; empty statements are dropped. */
export function splitStatements(sql: string): Statement[] {
  const tokens = tokenize(sql);
  const out: Statement[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    const keywords = current.filter((t) => t.kind !== "(").slice(0, 4).map((t) => (t.kind === "word" ? t.upper : t.text));
    out.push({ text: sql.slice(first.start, last.end), tokens: current, keywords });
    current = [];
  };
  for (const t of tokens) {
    if (t.kind === ";" && t.depth === 0) flush();
    else current.push(t);
  }
  flush();
  return out;
}

/** Unquote an identifier token or fold a bare word to lower case, as PostgreSQL does. */
export function identifierName(t: Token): string {
  if (t.kind === "ident") {
    const inner = t.text.startsWith("U&") || t.text.startsWith("u&") ? t.text.slice(3, -1) : t.text.slice(1, -1);
    return inner.replace(/""/g, '"');
  }
  return t.text.toLowerCase();
}

export interface OrderItem {
  /** Normalised expression text (tokens joined by single spaces, words lower-cased). */
  expr: string;
  tokens: Token[];
}

/** The items of a statement's final top-level ORDER BY (the one that orders the result), or []. */
export function topLevelOrderBy(statement: Statement): OrderItem[] {
  const toks = statement.tokens;
  let at = -1;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.depth === 0 && t.kind === "word" && t.upper === "ORDER" && toks[i + 1]!.upper === "BY") at = i + 2;
  }
  if (at === -1) return [];
  // The list runs until LIMIT/OFFSET/FETCH/FOR (locking) at depth 0.
  const stop = new Set(["LIMIT", "OFFSET", "FETCH", "FOR"]);
  const trailing = new Set(["ASC", "DESC", "NULLS", "FIRST", "LAST"]);
  return topLevelItems(toks, at, stop).flatMap((item) => {
    // Drop direction and null ordering: they do not change which columns are keys.
    let end = item.length;
    while (end > 0 && item[end - 1]!.kind === "word" && trailing.has(item[end - 1]!.upper)) end--;
    const usingAt = item.findIndex((t) => t.depth === 0 && t.upper === "USING");
    if (usingAt >= 0) end = Math.min(end, usingAt);
    const kept = item.slice(0, end);
    return kept.length ? [{ expr: normaliseExpr(kept), tokens: kept }] : [];
  });
}

/** The comma-separated items of the list that starts at `at`, up to a top-level word in `stop`. */
function topLevelItems(toks: Token[], at: number, stop: Set<string>): Token[][] {
  const items: Token[][] = [];
  let cur: Token[] = [];
  for (let i = at; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.depth === 0 && t.kind === "word" && stop.has(t.upper)) break;
    if (t.depth === 0 && t.kind === ",") {
      if (cur.length) items.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) items.push(cur);
  return items;
}

export interface SelectItem {
  expr: string;
  /** Output name when an alias is given (AS x, or a bare trailing identifier). */
  alias?: string;
}

/** Items of the statement's last top-level SELECT list (the one that names the output), or []. */
export function topLevelSelectList(statement: Statement): SelectItem[] {
  const toks = statement.tokens;
  let at = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.depth === 0 && t.kind === "word" && t.upper === "SELECT") at = i + 1;
  }
  if (at === -1) return [];
  if (toks[at]?.upper === "DISTINCT") {
    at++;
    if (toks[at]?.upper === "ON" && toks[at + 1]?.kind === "(") {
      const d = toks[at + 1]!.depth;
      let j = at + 2;
      while (j < toks.length && !(toks[j]!.kind === ")" && toks[j]!.depth === d)) j++;
      at = j + 1;
    }
  } else if (toks[at]?.upper === "ALL") at++;
  const stop = new Set(["FROM", "WHERE", "GROUP", "HAVING", "WINDOW", "ORDER", "LIMIT", "OFFSET", "UNION", "INTERSECT", "EXCEPT", "INTO", "FETCH", "FOR"]);
  return topLevelItems(toks, at, stop).map((item) => {
    const n = item.length;
    if (n >= 3 && item[n - 2]!.upper === "AS") return { expr: normaliseExpr(item.slice(0, n - 2)), alias: identifierName(item[n - 1]!) };
    if (n >= 2 && (item[n - 1]!.kind === "ident" || item[n - 1]!.kind === "word") && isOperandEnd(item[n - 2]!)) {
      return { expr: normaliseExpr(item.slice(0, n - 1)), alias: identifierName(item[n - 1]!) };
    }
    return { expr: normaliseExpr(item) };
  });
}

// A bare alias follows a complete operand: an identifier, literal or closing parenthesis.
function isOperandEnd(t: Token): boolean {
  return t.kind === ")" || t.kind === "ident" || t.kind === "string" || t.kind === "number" ||
    (t.kind === "word" && !["SELECT", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "AND", "OR", "NOT", "IS", "NULL"].includes(t.upper)) ||
    (t.kind === "word" && t.upper === "END");
}

function normaliseExpr(tokens: Token[]): string {
  return tokens.map((t) => (t.kind === "word" ? t.text.toLowerCase() : t.text)).join(" ");
}
