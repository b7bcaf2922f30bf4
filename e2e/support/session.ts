/** Registers a new user through the API from inside the browser context, so the page shares the session cookie. */
import type { Page } from "playwright-core";

export async function registerInPage(page: Page, baseUrl: string, displayName = "Test User") {
  await page.goto(`${baseUrl}/login`);
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const status = await page.evaluate(
    async ({ email, displayName }) => {
      const res = await fetch("/api/v1/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "a long enough password", displayName }),
      });
      return res.status;
    },
    { email, displayName },
  );
  if (status !== 201) throw new Error(`registration failed with ${status}`);
  return email;
}
