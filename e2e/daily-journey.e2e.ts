import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useJourney } from "./support/journey";
import { registerInPage } from "./support/session";

const app = useJourney();

describe("daily practice", () => {
  it("a new user sees a helpful empty state on Progress", async () => {
    const page = await app.browser.newPage();
    await registerInPage(page, app.server.url);
    await page.goto(`${app.server.url}/progress`);
    await page.getByTestId("progress-empty").waitFor();
    await page.close();
  });

  it("plans, finishes a session with the keyboard only, and sees the streak and charts update", async () => {
    const page = await app.browser.newPage();
    await registerInPage(page, app.server.url, "Keyboard User");
    await page.goto(`${app.server.url}/`);
    await page.getByRole("heading", { name: "Plan your preparation" }).waitFor();
    await page.getByLabel("Minutes a day").fill("20");
    await page.getByLabel("Caching").check();
    await page.getByRole("button", { name: "Save plan" }).click();

    const start = page.getByRole("button", { name: "Start today's session" });
    await start.waitFor();
    expect(await page.getByTestId("streak").textContent()).toContain("0-day streak");
    await start.focus();
    await page.keyboard.press("Enter");

    // Space reveals, a digit rates; U undoes the last rating, which brings the card back.
    const card = page.getByTestId("flashcard");
    await card.waitFor();
    const firstTitle = await card.locator("h2").textContent();
    await page.keyboard.press("Space");
    await page.getByTestId("flashcard-back").waitFor();
    await page.keyboard.press("3");
    await expect.poll(() => card.locator("h2").textContent()).not.toBe(firstTitle);
    await page.keyboard.press("u");
    await expect.poll(() => card.locator("h2").textContent()).toBe(firstTitle);

    for (let i = 0; i < 20; i++) {
      if (await page.getByTestId("session-complete").isVisible()) break;
      const title = await card.locator("h2").textContent();
      await page.keyboard.press("Space");
      await page.getByTestId("flashcard-back").waitFor();
      await page.keyboard.press(i % 2 ? "4" : "3");
      await expect.poll(async () => (await page.getByTestId("session-complete").isVisible()) || (await card.locator("h2").textContent()) !== title).toBe(true);
    }
    await page.getByTestId("session-complete").waitFor();
    await screenshot(page, "session-complete");

    await page.getByRole("link", { name: "See your progress" }).click();
    await expect.poll(() => page.getByTestId("progress-streak").textContent()).toBe("1 day");
    expect(Number(await page.getByTestId("readiness").evaluate((e) => e.firstChild?.textContent))).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.locator(".uplot").count()).toBe(3);
    expect(await page.getByTestId("heatmap").locator('span:not([data-level="0"])').count()).toBe(1);
    await screenshot(page, "progress");
    await page.close();
  });
});
