import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useJourney } from "./support/journey";
import { registerInPage } from "./support/session";

const app = useJourney();

describe("question bank and answer practice", () => {
  it("filters, searches, opens a question and reveals the model answer", async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/questions`);
    const list = page.getByTestId("question-list");
    await list.waitFor();

    await page.getByRole("button", { name: /Top 10 backend questions/ }).click();
    await expect.poll(async () => list.locator("li").count()).toBe(10);
    await expect.poll(() => list.textContent()).toContain("What is caching and why is it important in backend systems?");

    await page.getByRole("button", { name: /Top 10 backend questions/ }).click();
    await page.getByLabel("Topic").selectOption("transactions");
    await page.getByLabel("Search").fill("deadlock");
    await expect.poll(() => page.url()).toContain("q=deadlock");
    await expect.poll(async () => list.locator("mark").count()).toBeGreaterThan(0);
    const first = list.locator("a.question-link").first();
    const title = (await first.textContent())!;
    expect(title.toLowerCase()).toMatch(/deadlock|lock/);
    await screenshot(page, "questions-search");

    await first.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("button", { name: "Reveal answer" }).click();
    await page.getByTestId("model-answer").waitFor();
    expect(await page.getByTestId("model-answer").textContent()).toMatch(/Key points/);
    await page.close();
  });

  it("answers a question and gets per-point feedback with evidence, then disputes a verdict", async () => {
    const page = await app.browser.newPage();
    await registerInPage(page, app.server.url);
    await page.goto(`${app.server.url}/questions/caching-what-and-why`);
    const answer =
      "Caching keeps a copy of frequently read data in memory, like Redis, so repeated requests skip the slow database. " +
      "It lowers response time and takes load off the database. Entries get a TTL or are deleted on write so they do not go stale.";
    await page.getByRole("textbox", { name: "Your answer" }).fill(answer);
    await page.getByRole("button", { name: "Submit answer" }).click();
    const feedback = page.getByTestId("feedback");
    await feedback.waitFor();

    const covered = feedback.locator('[data-testid="key-point"][data-covered="true"]');
    expect(await covered.count()).toBeGreaterThanOrEqual(2);
    // The evidence is highlighted inside the user's own answer.
    const marks = page.getByTestId("answer-with-evidence").locator("mark");
    expect(await marks.count()).toBeGreaterThanOrEqual(2);
    for (const text of await marks.allTextContents()) expect(answer).toContain(text);

    const missed = feedback.locator('[data-testid="key-point"][data-covered="false"]').first();
    await missed.getByRole("button", { name: "I did cover this" }).click();
    await missed.getByText("Disputed — thanks").waitFor();
    await screenshot(page, "answer-feedback");

    // The attempt is in the history after a reload, with the dispute kept.
    await page.reload();
    await page.getByRole("heading", { name: "Your attempts" }).waitFor();
    await page.close();
  });

  it("refuses a wrong answer's praise: a confident wrong answer scores low and names the misconception", async () => {
    const page = await app.browser.newPage();
    await registerInPage(page, app.server.url);
    await page.goto(`${app.server.url}/questions/caching-what-and-why`);
    await page.getByRole("textbox", { name: "Your answer" }).fill("Caching makes every request faster and the cache is the source of truth, so there is no need for the database.");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByTestId("feedback").waitFor();
    const score = Number((await page.locator(".score").textContent())!.replace("%", ""));
    expect(score).toBeLessThanOrEqual(20);
    expect(await page.getByTestId("misconception").count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it("marks a sentence that states a key point the other way round, in the answer and under the point", async () => {
    const page = await app.browser.newPage();
    await registerInPage(page, app.server.url);
    await page.goto(`${app.server.url}/questions/caching-what-and-why`);
    const wrongClaim = "Cached data never goes stale, so you don't need a TTL or any invalidation.";
    await page.getByRole("textbox", { name: "Your answer" }).fill(`A cache keeps hot data in memory so repeated reads skip the database. ${wrongClaim}`);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByTestId("feedback").waitFor();
    // The contradiction quotes its own sentence, not the correct one before it.
    expect(await page.getByTestId("answer-with-evidence").locator("mark.wrong").allTextContents()).toEqual([wrongClaim]);
    await page.getByText(`Your answer says the opposite: “${wrongClaim}”`).waitFor();
    const score = Number((await page.locator(".score").textContent())!.replace("%", ""));
    expect(score).toBeLessThanOrEqual(20);
    await screenshot(page, "answer-contradiction");
    await page.close();
  });
});
