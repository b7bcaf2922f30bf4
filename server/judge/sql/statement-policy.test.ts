import { describe, expect, it } from "vitest";
import { checkSubmission } from "./statement-policy";
import { splitStatements, tokenize } from "./sql-lexer";

describe("splitStatements", () => {
  it("splits at top-level semicolons only", () => {
    const s = splitStatements("select ';' as a; -- x;y\nselect $$;$$ /* ; /* nested ; */ ; */ ; select \"a;b\" from t;");
    expect(s.map((x) => x.keywords[0])).toEqual(["SELECT", "SELECT", "SELECT"]);
    expect(s[1]!.text).toBe("select $$;$$");
  });

  it("reads E'' strings with backslash escapes and tagged dollar quotes", () => {
    expect(splitStatements("select E'it\\'s; fine'; select $fn$ ; $x$ ; $fn$").length).toBe(2);
  });

  it("finds the keyword after leading comments and parentheses", () => {
    expect(splitStatements("/* hi */ -- there\n (select 1)")[0]!.keywords[0]).toBe("SELECT");
  });

  it("refuses unterminated strings and comments", () => {
    expect(() => tokenize("select 'abc")).toThrow(/unterminated/);
    expect(() => tokenize("select 1 /* /* */")).toThrow(/unterminated/);
    expect(() => tokenize("select (1")).toThrow(/unbalanced/);
  });
});

describe("checkSubmission", () => {
  const refused = (type: Parameters<typeof checkSubmission>[0], sql: string) => {
    const r = checkSubmission(type, sql);
    expect(r.ok, sql).toBe(false);
    return r.message!;
  };

  it("accepts SELECT, WITH, VALUES and TABLE for query problems", () => {
    for (const sql of ["select 1", "with x as (select 1) select * from x;", "values (1)", "table t", "(select 1) union (select 2)"]) {
      expect(checkSubmission("query", sql).ok, sql).toBe(true);
    }
  });

  it("refuses writes, DDL and session commands hidden behind comments and semicolons", () => {
    expect(refused("query", "select 1; drop table t")).toContain("not DROP");
    expect(refused("query", "select 1 /* ; */ ; delete from t")).toContain("not DELETE");
    expect(refused("query", "select 1; -- ;\ncommit")).toContain("transaction control");
    expect(refused("query", "/* select */ update t set a = 1")).toContain("not UPDATE");
    expect(refused("query", "select 1;;;\n;truncate t")).toContain("not TRUNCATE");
  });

  it("refuses transaction control, SET, COPY, LISTEN/NOTIFY, PREPARE and DO in every type", () => {
    for (const type of ["query", "dml", "index", "schema"] as const) {
      expect(refused(type, "BEGIN")).toContain("transaction control");
      expect(refused(type, "commit")).toContain("transaction control");
      expect(refused(type, "rollback")).toContain("transaction control");
      expect(refused(type, "SET ROLE postgres")).toContain("SET is not allowed");
      expect(refused(type, "set statement_timeout = 0")).toContain("SET is not allowed");
      expect(refused(type, "COPY t TO '/tmp/x'")).toContain("COPY");
      expect(refused(type, "copy t from program 'id'")).toContain("COPY");
      expect(refused(type, "LISTEN ch")).toContain("LISTEN");
      expect(refused(type, "notify ch, 'x'")).toContain("NOTIFY");
      expect(refused(type, "DO $$ begin perform 1; end $$")).toContain("DO");
      expect(refused(type, "prepare p as select 1")).toContain("PREPARE");
    }
  });

  it("refuses SELECT … INTO in query problems", () => {
    expect(refused("query", "select * into newtable from t")).toContain("INTO");
  });

  it("applies per-type statement lists", () => {
    expect(checkSubmission("dml", "update t set a = 1; delete from u").ok).toBe(true);
    expect(refused("dml", "drop table t")).toContain("not DROP");
    expect(checkSubmission("index", "create index on t (a); create unique index u on t (b)").ok).toBe(true);
    expect(refused("index", "create table x (a int)")).toContain("CREATE INDEX");
    expect(refused("index", "create index concurrently on t (a)")).toContain("CONCURRENTLY");
    expect(checkSubmission("schema", "create table a (id int primary key); alter table a add column b text").ok).toBe(true);
    expect(refused("schema", "create role admin superuser")).toContain("ROLE");
    expect(refused("schema", "create extension dblink")).toContain("EXTENSION");
    expect(refused("schema", "create database x")).toContain("DATABASE");
  });

  it("limits the number of statements and the size", () => {
    expect(refused("query", "select 1;select 2;select 3;select 4;select 5;select 6")).toContain("at most 5");
    expect(refused("query", "select '" + "x".repeat(70_000) + "'")).toContain("longer than");
    expect(refused("query", "  -- nothing\n ; ")).toContain("no SQL statement");
  });
});
