import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useJourney } from "./support/journey";

const app = useJourney();

const SLUG = "customers-without-orders";
// Filters out cancelled orders, so the customer whose only order was cancelled shows up as extra.
const WRONG = "SELECT c.id AS customer_id, c.email FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled' WHERE o.id IS NULL";
const RIGHT = "SELECT c.id AS customer_id, c.email FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)";
// The first sandbox job may build the dataset's template.
const JUDGE_WAIT = 120_000;

/** Replace the editor's text the way a user would: focus, select all, type. */
async function setQuery(page: Page, sql: string) {
  const content = page.locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(sql);
  await page.keyboard.press("Escape"); // close a completion popup, if any
}

describe("SQL practice journey", () => {
  it("registers, runs a query, sees a wrong answer's diff, fixes it and gets accepted", { timeout: 300_000 }, async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));

    await page.goto(`${app.server.url}/register`);
    await page.getByLabel("Name").fill("Edgar Codd");
    await page.getByLabel("Email").fill("codd@example.com");
    await page.getByLabel(/^Password/).fill("relational model 1970");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: /Welcome, Edgar Codd/ }).waitFor();

    // The list, filtered by dataset, leads to the problem.
    await page.goto(`${app.server.url}/sql`);
    await page.getByTestId("sql-problem-list").waitFor();
    await page.getByLabel("Dataset").selectOption("ecommerce");
    await page.getByLabel("Difficulty").selectOption("easy");
    await screenshot(page, "sql-list");
    await page.getByRole("link", { name: "Customers who never ordered" }).click();
    await page.waitForURL(new RegExp(`/sql/${SLUG}$`));
    await page.getByRole("heading", { name: "Customers who never ordered" }).waitFor();
    await page.getByRole("region", { name: "Table customers" }).waitFor();
    await page.locator(".cm-content").waitFor();

    // Run with the keyboard: the grid shows the first 200 rows.
    await setQuery(page, "SELECT id, email, city FROM customers ORDER BY id");
    await page.keyboard.press("ControlOrMeta+Enter");
    const grid = page.getByTestId("result-grid");
    await grid.waitFor({ timeout: JUDGE_WAIT });
    expect(await grid.getByRole("status").textContent()).toMatch(/first 200 shown/);
    expect(await grid.locator("tbody tr").count()).toBe(200);
    expect(await grid.locator("thead th").allTextContents()).toEqual(["#", "idinteger", "emailtext", "citytext"]);
    await screenshot(page, "sql-run-grid");

    // A wrong answer shows the extra row.
    await setQuery(page, WRONG);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByTestId("verdict-label").waitFor({ timeout: JUDGE_WAIT });
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Wrong answer");
    const extra = page.getByTestId("diff-extra");
    expect(await extra.getByRole("heading").textContent()).toMatch(/Extra rows.*\(1\)/);
    expect(await extra.locator("tbody").textContent()).toContain("cancelled.only@example.com");
    await screenshot(page, "sql-wrong-answer-diff");

    // The draft survives a reload.
    await page.reload();
    await page.locator(".cm-content").waitFor();
    expect(await page.locator(".cm-content").textContent()).toContain("o.status <> 'cancelled'");

    // Fixed: accepted, the history has both, the editorial unlocks.
    await setQuery(page, RIGHT);
    await page.keyboard.press("ControlOrMeta+Shift+Enter");
    await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: JUDGE_WAIT }).toBe("Accepted");
    await page.getByTestId("sql-editorial").waitFor();
    await page.getByTestId("solved-badge").waitFor();
    await expect.poll(() => page.getByTestId("sql-history").locator("li").count()).toBe(2);

    // Explain shows the plan tree.
    await page.getByRole("button", { name: "Explain" }).click();
    await page.getByTestId("plan-tree").waitFor({ timeout: JUDGE_WAIT });
    expect(await page.locator(".plan-node.costly").count()).toBeGreaterThan(0);
    await screenshot(page, "sql-accepted-plan");

    // Back on the list, the problem is marked solved.
    await page.getByRole("link", { name: "← All SQL problems" }).click();
    await page.getByTestId("sql-problem-list").waitFor();
    await page.getByRole("link", { name: "Customers who never ordered" }).waitFor();
    expect(await page.getByTestId("sql-solved-count").textContent()).toMatch(/^1 of \d+ solved$/);

    // The register page asks who is signed in first (401 while logged out).
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await page.close();
  });

  it("is usable at phone width", { timeout: 120_000 }, async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.server.url}/sql/${SLUG}`);
    await page.getByRole("heading", { name: "Customers who never ordered" }).waitFor();
    await page.locator(".cm-content").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "sql-problem-phone");
    await page.close();
  });
});
