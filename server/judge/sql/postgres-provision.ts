// Creates a sandbox database and a restricted role on a PostgreSQL server (tests, and what an
// operator runs once before setting SQL_SANDBOX_URL). The role owns only its database: no
// superuser, no CREATEDB/CREATEROLE, default statement and idle timeouts, set_config revoked there.

import pg from "pg";

export interface ProvisionOptions {
  adminUrl: string;
  database: string;
  role: string;
  /** Default role-level statement_timeout (each job also sets its own). */
  statementTimeoutMs?: number;
}

/** Create (or recreate) the sandbox database and role; returns the SQL_SANDBOX_URL to use. */
export async function provisionSandboxDatabase(o: ProvisionOptions): Promise<string> {
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const admin = new pg.Client({ connectionString: o.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(o.database)} WITH (FORCE)`);
    const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [o.role]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE ROLE ${ident(o.role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION CONNECTION LIMIT 32`);
    }
    await admin.query(`ALTER ROLE ${ident(o.role)} SET statement_timeout = ${o.statementTimeoutMs ?? 5000}`);
    await admin.query(`ALTER ROLE ${ident(o.role)} SET idle_in_transaction_session_timeout = 10000`);
    await admin.query(`CREATE DATABASE ${ident(o.database)} OWNER ${ident(o.role)}`);
    await admin.query(`REVOKE ALL ON DATABASE ${ident(o.database)} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${ident(o.database)} TO ${ident(o.role)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.database}`;
  // In the sandbox database only: a SELECT must not be able to change settings or the role.
  const inDb = new pg.Client({ connectionString: url.toString() });
  await inDb.connect();
  try {
    await inDb.query("REVOKE EXECUTE ON FUNCTION set_config(text, text, boolean) FROM PUBLIC");
  } finally {
    await inDb.end();
  }
  url.username = o.role;
  url.password = "";
  return url.toString();
}
