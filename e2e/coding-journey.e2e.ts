import { stat } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useJourney } from "./support/journey";

// Own sandbox uids: a CLI batch on the same host judges with the default ones.
const app = useJourney({ JUDGE_UID_BASE: "61900" });

const BODY = (comparison: "<" | "<=") => `function merge(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start ${comparison} last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
`;
// Wrong: intervals that only touch ([1,4] and [4,5]) stay apart — the second visible example fails.
const TOUCHING_NOT_MERGED = BODY("<");
const RIGHT = BODY("<=");

/** Replaces the editor's document as a paste would (no auto-closed brackets). */
async function setCode(page: Page, source: string) {
  const editor = page.getByRole("textbox", { name: "JavaScript solution" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(source);
  await expect.poll(() => editor.evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, " ").trim())).toBe(source.trim());
}

describe("coding journey", () => {
  it("registers, fails a visible test, fixes it, gets accepted and unlocks the editorial", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));

    await page.goto(`${app.server.url}/register`);
    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill("ada@example.com");
    await page.getByLabel(/^Password/).fill("a much longer password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: /Welcome, Ada Lovelace/ }).waitFor();

    // The list, filtered by difficulty through the URL-backed select.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coding" }).click();
    await page.getByRole("heading", { name: "Coding challenges" }).waitFor();
    const list = page.getByTestId("coding-list");
    await list.getByRole("listitem").first().waitFor();
    expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(30);
    await page.getByLabel("Difficulty").selectOption("medium");
    await expect.poll(() => page.url()).toMatch(/difficulty=medium/);
    await expect.poll(() => list.getByText("easy", { exact: true }).count()).toBe(0);
    expect(await list.getByText("medium", { exact: true }).count()).toBeGreaterThan(5);
    await screenshot(page, "coding-list");
    await list.getByRole("link", { name: "Merge intervals" }).click();

    await page.getByRole("heading", { name: "Merge intervals", level: 1 }).waitFor();
    await page.getByText("touching intervals").first().waitFor();
    // Hints start collapsed and open from the keyboard.
    const hint = page.getByText("Hint 1");
    expect(await page.locator("details.hint").first().getAttribute("open")).toBeNull();
    await hint.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details.hint").first().getAttribute("open")).not.toBeNull();
    await page.getByText("The editorial (approach, complexity, trade-offs) unlocks").waitFor();
    expect(await page.getByTestId("isolation-warning").count()).toBe(0);

    await setCode(page, TOUCHING_NOT_MERGED);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect.poll(() => page.getByTestId("verdict").textContent(), { timeout: 30_000 }).toBe("Wrong answer");
    const failure = page.getByTestId("first-failure");
    await expect.poll(() => failure.textContent()).toContain("touching intervals");
    expect(await failure.textContent()).toContain("[[1,5]]"); // expected
    expect(await failure.textContent()).toContain("[[1,4],[4,5]]"); // got
    await page.getByTestId("test-results").getByText("✗ failed").first().waitFor();
    await screenshot(page, "coding-wrong-answer");

    // The draft survives a reload.
    await page.reload();
    const editor = page.getByRole("textbox", { name: "JavaScript solution" });
    await expect.poll(() => editor.evaluate((el) => (el as HTMLElement).innerText), { timeout: 15_000 }).toContain("start < last[1]");

    // Ctrl+Enter runs the visible examples from the editor.
    await setCode(page, RIGHT);
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.getByTestId("verdict").textContent(), { timeout: 30_000 }).toBe("Accepted");
    expect(await page.getByTestId("verdict-panel").textContent()).toContain("Examples only");

    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect.poll(() => page.getByTestId("verdict-panel").textContent(), { timeout: 45_000 }).toMatch(/AcceptedAll tests/);
    expect(await page.getByTestId("verdict-measures").textContent()).toMatch(/\d+ ms · [\d.]+ (MB|KB)/);
    await page.getByTestId("editorial").waitFor();
    expect(await page.getByTestId("submission-history").getByRole("listitem").count()).toBe(3);
    await page.getByTestId("solved-badge").first().waitFor();
    const shot = await screenshot(page, "coding-accepted");
    expect((await stat(shot)).size).toBeGreaterThan(30_000);
    await page.getByTestId("editorial").scrollIntoViewIfNeeded();
    await screenshot(page, "coding-editorial");

    await page.getByRole("link", { name: "← All coding problems" }).click();
    await page.getByTestId("coding-list").getByRole("listitem").filter({ hasText: "Merge intervals" }).getByTestId("solved-badge").waitFor();
    expect(await page.getByTestId("solved-count").textContent()).toMatch(/^Solved 1 of \d+$/);

    // The only expected error: GET /me answering 401 before registering.
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await page.close();
    // Judging several submissions in a sandbox: slower than the other journeys on a busy host.
  }, 240_000);

  it("is usable at phone width", async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.server.url}/coding/two-sum`);
    await page.getByRole("heading", { name: "Two sum", level: 1 }).waitFor();
    await page.getByRole("textbox", { name: "JavaScript solution" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "coding-problem-phone");
    await page.close();
  }, 120_000);
});
