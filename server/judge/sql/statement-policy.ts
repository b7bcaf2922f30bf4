// Which statements a submission may contain, per problem type. Checked before anything reaches a
// sandbox so hostile scripts get a clear verdict ("COMMIT is not allowed") instead of a confusing
// engine error, and so nothing that escapes a transaction (transaction control, SET, COPY, LISTEN,
// VACUUM, CREATE DATABASE/ROLE/EXTENSION, PREPARE, DO) is ever sent.

import { SqlLexError, splitStatements, type Statement } from "./sql-lexer";
import type { SqlProblemType } from "./types";

export interface PolicyResult {
  ok: boolean;
  statements: Statement[];
  message?: string;
}

const READ_STARTS = new Set(["SELECT", "WITH", "VALUES", "TABLE"]);
const DML_STARTS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "SELECT", "TRUNCATE"]);
// Objects whose creation or removal is not transactional, needs privileges a sandbox must not
// have, or reaches outside the database.
const FORBIDDEN_OBJECTS = new Set([
  "DATABASE", "ROLE", "USER", "GROUP", "EXTENSION", "TABLESPACE", "SUBSCRIPTION", "PUBLICATION",
  "SERVER", "FOREIGN", "EVENT", "LANGUAGE", "SYSTEM", "CAST", "OPERATOR", "ACCESS", "TRANSFORM",
  "CONVERSION", "DEFAULT", "POLICY", "STATISTICS",
]);

/** Per-type limits on how many statements a submission may hold. */
export const MAX_STATEMENTS: Record<SqlProblemType, number> = { query: 5, dml: 10, index: 5, schema: 50 };

const MAX_SQL_CHARS = 64 * 1024;

/** Check a submission against the type's policy; returns the statements to run in order. */
export function checkSubmission(type: SqlProblemType, sql: string): PolicyResult {
  if (sql.length > MAX_SQL_CHARS) return fail(`the submission is longer than ${MAX_SQL_CHARS} characters`);
  let statements: Statement[];
  try {
    statements = splitStatements(sql);
  } catch (e) {
    if (e instanceof SqlLexError) return fail(`could not read the SQL: ${e.message}`);
    throw e;
  }
  if (statements.length === 0) return fail("the submission holds no SQL statement");
  if (statements.length > MAX_STATEMENTS[type]) {
    return fail(`at most ${MAX_STATEMENTS[type]} statements are allowed; found ${statements.length}`, statements);
  }
  for (const [i, st] of statements.entries()) {
    const problem = statementProblem(type, st);
    if (problem) return fail(statements.length > 1 ? `statement ${i + 1}: ${problem}` : problem, statements);
  }
  return { ok: true, statements };
}

function fail(message: string, statements: Statement[] = []): PolicyResult {
  return { ok: false, statements, message };
}

// Returns why the statement is refused, or undefined when it is allowed.
function statementProblem(type: SqlProblemType, st: Statement): string | undefined {
  const [k0 = "", k1 = "", k2 = ""] = st.keywords;
  const generic = alwaysForbidden(k0);
  if (generic) return generic;
  switch (type) {
    case "query":
      if (!READ_STARTS.has(k0)) return `a query problem takes SELECT (or WITH … SELECT) statements only, not ${k0}`;
      if (hasWord(st, "INTO") && k0 === "SELECT" && selectInto(st)) return "SELECT … INTO creates a table; return the rows instead";
      return undefined;
    case "dml":
      if (!DML_STARTS.has(k0)) return `a data-change problem takes INSERT, UPDATE, DELETE or MERGE statements, not ${k0}`;
      return undefined;
    case "index": {
      const isCreateIndex = k0 === "CREATE" && (k1 === "INDEX" || (k1 === "UNIQUE" && k2 === "INDEX"));
      if (!isCreateIndex) return `an index problem takes CREATE INDEX statements only, not ${k0}${k1 ? " " + k1 : ""}`;
      if (hasWord(st, "CONCURRENTLY")) return "CREATE INDEX CONCURRENTLY cannot run inside the judge's transaction; drop CONCURRENTLY";
      return undefined;
    }
    case "schema": {
      if (!["CREATE", "ALTER", "DROP", "COMMENT"].includes(k0)) {
        return `a schema problem takes DDL (CREATE, ALTER, DROP, COMMENT), not ${k0}`;
      }
      const obj = k1 === "OR" ? (k2 === "REPLACE" ? st.keywords[3] ?? "" : k2) : k1 === "UNIQUE" ? k2 : k1;
      const object = ["TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL"].includes(obj) ? k2 : obj;
      if (FORBIDDEN_OBJECTS.has(object)) return `${k0} ${object} is not allowed in a submission`;
      if (hasWord(st, "CONCURRENTLY")) return "CONCURRENTLY cannot run inside the judge's transaction; drop it";
      return undefined;
    }
  }
}

function alwaysForbidden(k0: string): string | undefined {
  switch (k0) {
    case "BEGIN": case "START": case "COMMIT": case "END": case "ROLLBACK": case "ABORT":
    case "SAVEPOINT": case "RELEASE":
      return `transaction control (${k0}) is not allowed: the judge runs your SQL in its own transaction`;
    case "PREPARE": case "EXECUTE": case "DEALLOCATE":
      return `${k0} is not allowed: submit the statement itself`;
    case "SET": case "RESET": case "SHOW":
      return `${k0} is not allowed: session settings are fixed by the judge`;
    case "COPY":
      return "COPY is not allowed: the sandbox has no files or programs";
    case "LISTEN": case "NOTIFY": case "UNLISTEN":
      return `${k0} is not allowed`;
    case "VACUUM": case "CLUSTER": case "REINDEX": case "CHECKPOINT": case "LOAD": case "DISCARD":
    case "LOCK": case "GRANT": case "REVOKE": case "SECURITY": case "REASSIGN": case "IMPORT":
    case "DO": case "CALL": case "DECLARE": case "FETCH": case "MOVE": case "CLOSE": case "EXPLAIN":
    case "ANALYZE": case "REFRESH":
      return `${k0} is not allowed in a submission`;
    default:
      return undefined;
  }
}

function hasWord(st: Statement, word: string): boolean {
  return st.tokens.some((t) => t.kind === "word" && t.upper === word);
}

// SELECT … INTO at the top level creates a table; INTO inside a function body is a string token.
function selectInto(st: Statement): boolean {
  return st.tokens.some((t) => t.depth === 0 && t.kind === "word" && t.upper === "INTO");
}
