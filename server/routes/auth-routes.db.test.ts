import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ REGISTER_RATE_LIMIT: "1000" });
});
afterAll(() => t?.close());

const register = (client: ReturnType<typeof agent>, body: unknown) => client.post("/api/v1/auth/register", body);

describe("registration", () => {
  it("creates an account, hashes the password with argon2id and starts a session", async () => {
    const client = agent(t.app);
    const res = await register(client, { email: "Ada@Example.com", password: "a long password", displayName: "Ada" });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: "ada@example.com", displayName: "Ada", role: "learner" });
    expect(res.json().user).not.toHaveProperty("passwordHash");

    const cookie = res.headers["set-cookie"] as string;
    expect(cookie).toMatch(/bp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here

    const stored = await t.ctx.services.users.findByEmail("ada@example.com");
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);

    const me = await client.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe("ada@example.com");
  });

  it("marks the cookie Secure when served over https behind a trusted proxy", async () => {
    const proxied = await createTestApp({ TRUST_PROXY: "true" });
    try {
      const res = await agent(proxied.app).post(
        "/api/v1/auth/register",
        { email: "secure@example.com", password: "a long password", displayName: "S" },
        { "x-forwarded-proto": "https" },
      );
      expect(res.statusCode).toBe(201);
      expect(res.headers["set-cookie"]).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it("answers 409 for an email already registered, whatever its case", async () => {
    const client = agent(t.app);
    await register(client, { email: "dup@example.com", password: "a long password", displayName: "A" });
    const res = await register(agent(t.app), { email: "DUP@example.com", password: "another password", displayName: "B" });
    expect(res.statusCode).toBe(409);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 409, title: "Conflict" });
  });

  it.each([
    [{ email: "x@example.com", password: "short", displayName: "X" }, "body.password"],
    [{ email: "not-an-email", password: "a long password", displayName: "X" }, "body.email"],
    [{ email: "x@example.com", password: "a long password" }, "body.displayName"],
    [{ email: "x@example.com", password: 12345678901, displayName: "X" }, "body.password"],
    [{ email: "x@example.com", password: "a long password", displayName: "X", role: "admin" }, "body.role"],
  ])("rejects %j naming %s", async (body, field) => {
    const res = await register(agent(t.app), body);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    expect(problem.errors.map((e: { field: string }) => e.field).join(" ")).toContain(field);
  });

  it("answers 400 problem+json for malformed JSON", async () => {
    const res = await agent(t.app).post("/api/v1/auth/register", '{"email": ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, errors: [{ field: "body" }] });
  });

  it("answers 413 problem+json for an oversized body", async () => {
    const res = await register(agent(t.app), { email: "big@example.com", password: "x".repeat(300_000), displayName: "B" });
    expect(res.statusCode).toBe(413);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
  });
});

describe("login and logout", () => {
  it("logs in with the right password and out again", async () => {
    const user = await signedInAgent(t.app);
    const client = agent(t.app);
    const login = await client.post("/api/v1/auth/login", { email: user.email.toUpperCase(), password: user.password });
    expect(login.statusCode).toBe(200);
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);

    const logout = await client.post("/api/v1/auth/logout");
    expect(logout.statusCode).toBe(204);
    expect(logout.headers["set-cookie"]).toMatch(/bp_session=;/);
    const me = await client.get("/api/v1/me");
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ status: 401 });
  });

  it("does not say whether the email or the password was wrong", async () => {
    const user = await signedInAgent(t.app);
    const wrongPassword = await agent(t.app).post("/api/v1/auth/login", { email: user.email, password: "not the password" });
    const unknownEmail = await agent(t.app).post("/api/v1/auth/login", { email: "nobody@example.com", password: "not the password" });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json().detail).toBe(unknownEmail.json().detail);
  });

  it("a stolen session cookie stops working after logout (sessions are server-side)", async () => {
    const user = await signedInAgent(t.app);
    const stolen = new Map(user.jar);
    await user.post("/api/v1/auth/logout");
    const thief = agent(t.app);
    for (const [k, v] of stolen) thief.jar.set(k, v);
    expect((await thief.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("rate-limits login attempts with 429 and Retry-After", async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: "3" });
    try {
      const client = agent(limited.app);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await client.post("/api/v1/auth/login", { email: "a@example.com", password: "wrong password" })).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const res = await client.post("/api/v1/auth/login", { email: "a@example.com", password: "wrong password" });
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      // Another account from the same address is not locked out.
      const other = await client.post("/api/v1/auth/login", { email: "b@example.com", password: "wrong password" });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it("rate-limits registrations from one address", async () => {
    const limited = await createTestApp({ REGISTER_RATE_LIMIT: "2" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await agent(limited.app).post("/api/v1/auth/register", { email: `r${i}@example.com`, password: "a long password", displayName: "R" });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe("CSRF protection", () => {
  const body = { email: "csrf@example.com", password: "a long password", displayName: "C" };

  it("refuses a write from another origin", async () => {
    const res = await agent(t.app).post("/api/v1/auth/register", body, { origin: "https://evil.example" });
    expect(res.statusCode).toBe(403);
  });

  it("refuses a write with neither Origin nor Sec-Fetch-Site", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify(body) });
    expect(res.statusCode).toBe(403);
  });

  it("accepts a same-origin browser request identified by Sec-Fetch-Site", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      payload: JSON.stringify({ email: "nobody@example.com", password: "whatever password" }),
    });
    expect(res.statusCode).toBe(401);
  });

  it("refuses a form-encoded body (what a cross-site form would send)", async () => {
    const res = await agent(t.app).post("/api/v1/auth/login", "email=a&password=b", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.statusCode).toBe(415);
    expect(res.json().errors[0].field).toBe("header.content-type");
  });

  it("accepts the configured public URL as origin", async () => {
    const behindProxy = await createTestApp({ PUBLIC_URL: "https://prep.example.org" });
    try {
      const res = await agent(behindProxy.app).post("/api/v1/auth/register", body, { origin: "https://prep.example.org" });
      expect(res.statusCode).toBe(201);
    } finally {
      await behindProxy.close();
    }
  });
});

describe("errors and operations", () => {
  it("answers unknown API routes with 404 problem+json", async () => {
    const res = await agent(t.app).get("/api/v1/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("serves liveness, readiness and Prometheus metrics", async () => {
    expect((await t.app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await t.app.inject("/readyz")).json()).toMatchObject({ status: "ready" });
    await agent(t.app).get("/api/v1/me");
    const metrics = await t.app.inject("/metrics");
    expect(metrics.body).toContain('http_request_duration_seconds_count{method="GET",route="/api/v1/me",status="401"}');
    expect(metrics.body).toContain("process_cpu_user_seconds_total");
  });

  it("publishes an OpenAPI 3.1 document generated from the route schemas", async () => {
    const doc = (await t.app.inject("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/auth/register"].post.requestBody.content["application/json"].schema.properties).toHaveProperty("email");
    const docs = await t.app.inject("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
  });

  it("sends security headers and a request id", async () => {
    const res = await t.app.inject("/healthz");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-request-id"]).toBeTruthy();
  });
});
