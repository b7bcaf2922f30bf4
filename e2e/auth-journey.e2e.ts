import { stat } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./support/browser";
import { startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  // Graceful shutdown on SIGTERM: the process exits cleanly.
  expect(code).toBe(0);
});

describe("account journey", () => {
  it("registers, sees the home page, logs out, logs back in, and keeps data across a restart", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Refused logins and registrations are expected 4xx answers, which Chromium logs as errors.
    page.on("console", (m) => m.type() === "error" && !/Failed to load resource: .*status of 40[01]/.test(m.text()) && errors.push(m.text()));

    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await page.getByRole("link", { name: "Create an account" }).click();

    // A short password is refused with the server's message next to the field.
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill("grace@example.com");
    await page.getByLabel(/^Password/).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.locator(".field-error").textContent()).toMatch(/at least 10 characters/);

    await page.getByLabel(/^Password/).fill("a much longer password");
    await page.getByRole("button", { name: "Create account" }).click();
    // A new user lands on the home page, which starts with planning their preparation.
    await page.getByRole("heading", { name: /Welcome, Grace Hopper/ }).waitFor();
    await page.getByRole("heading", { name: "Plan your preparation" }).waitFor();
    expect(await page.getByTestId("signed-in-as").textContent()).toContain("Grace Hopper");
    await screenshot(page, "home-signed-in");

    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login$/);

    await page.getByLabel("Email").fill("grace@example.com");
    await page.getByLabel("Password").fill("wrong password!!");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/incorrect/);

    await page.getByLabel("Password").fill("a much longer password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: /Welcome, Grace Hopper/ }).waitFor();
    const shot = await screenshot(page, "home-after-login");
    expect((await stat(shot)).size).toBeGreaterThan(10_000);

    expect(errors).toEqual([]);
    await page.close();

    // Stop and start again on the same data directory: the account is still there.
    expect(await server.stop({ keepData: true })).toBe(0);
    server = await startServer({}, { dataDir: server.dataDir });
    const again = await browser.newPage();
    await again.goto(`${server.url}/login`);
    await again.getByLabel("Email").fill("grace@example.com");
    await again.getByLabel("Password").fill("a much longer password");
    await again.getByRole("button", { name: "Log in" }).click();
    await again.getByRole("heading", { name: /Welcome, Grace Hopper/ }).waitFor();
    await again.close();
  });

  it("serves the app at page addresses for any client, and 404 problems for missing assets", async () => {
    const page = await fetch(`${server.url}/questions/some-id`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const asset = await fetch(`${server.url}/assets/missing.js`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get("content-type")).toMatch(/application\/problem\+json/);
  });

  it("is usable at phone width with the menu", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/questions`);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "SQL" }).waitFor();
    await screenshot(page, "phone-menu");
    await page.close();
  });
});
