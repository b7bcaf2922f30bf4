import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./support/browser";
import { startServer, type RunningServer } from "./support/server";

const REPO = resolve(import.meta.dirname, "..");
const PASSWORD = "a long enough password";
const AUTHOR = { email: "ada.author@example.com", name: "Ada Author" };
const ADMIN = { email: "grace.admin@example.com", name: "Grace Admin" };

const ID = "e2e-authored-question";
const TITLE = 'Does <script>window.__xss = 1</script> or <img src=x onerror="window.__xss = 2"> run here?';
const ANSWER =
  'Markup an author types stays text: <img src=x onerror="window.__xss = 3"> and <script>window.__xss = 4</script> are shown, not run.\n\n' +
  "### Why it matters\n\n" +
  "A question bank renders content written by many people, so every field is escaped when it is rendered and validated when it is saved. ".repeat(6);

let server: RunningServer;
let browser: Browser;

/** Accounts with a role are created with the CLI, before the server opens the same data directory. */
async function createUser(dataDir: string, user: { email: string; name: string }, role: "--author" | "--admin") {
  await promisify(execFile)(process.execPath, ["bin/backprep.js", "user", "create", "--email", user.email, "--name", user.name, "--password", PASSWORD, role], {
    cwd: REPO,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
  });
}

async function logIn(page: Page, email: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
}

/** Nothing from the authored text became an element, and nothing of it ran. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    imgWithOnerror: document.querySelectorAll("img[onerror]").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent?.includes("__xss")).length,
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
  }));
}

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "backprep-e2e-"));
  await createUser(dataDir, AUTHOR, "--author");
  await createUser(dataDir, ADMIN, "--admin");
  [server, browser] = await Promise.all([startServer({}, { dataDir }), launchBrowser()]);
  // Three cold starts of the embedded database in a row: slow on a busy machine.
}, 420_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("authoring journey", () => {
  it("an author drafts a question with the live preview, an admin publishes it, it appears in the bank", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => problems.push(e.message));

    await logIn(page, AUTHOR.email);
    await page.goto(`${server.url}/authoring`);
    await page.getByRole("heading", { name: "My drafts" }).waitFor();
    await page.getByRole("link", { name: "New question" }).click();
    await page.getByRole("heading", { name: "New question" }).waitFor();

    const preview = page.getByTestId("question-preview");
    await page.getByLabel("Title", { exact: true }).fill(TITLE);
    // The live preview shows the title as typed: as text.
    await expect.poll(() => preview.locator(".preview-title").textContent()).toBe(TITLE);

    await page.getByLabel("Id", { exact: true }).fill(ID);
    await page.getByLabel("Topic", { exact: true }).selectOption("caching");
    await page.getByLabel("Difficulty", { exact: true }).selectOption("easy");
    await page.getByLabel("Level", { exact: true }).selectOption("junior");
    await page.getByLabel("Tags", { exact: true }).fill("escaping, authoring");
    for (let i = 0; i < 4; i++) {
      await page.locator(`#kp-${i}-text`).fill(`Authored text is escaped when rendered, point ${i + 1}`);
      await page.locator(`#kp-${i}-phrasings`).fill("markup is shown as text\nhtml gets escaped\nno script runs");
    }
    await expect.poll(() => preview.locator("li").first().textContent()).toContain("point 1");

    // Saving too early: the server names what is missing, next to the fields.
    await page.getByRole("button", { name: "Save draft" }).first().click();
    await page.locator('[data-field-error="q-followups"]').waitFor();
    expect(await page.getByTestId("error-summary").textContent()).toMatch(/followUps.*give at least 2 follow-ups|give at least 2 follow-ups/);

    await page.getByLabel(/^Follow-up questions/).fill("What does escaping protect against?\nWhere else must text be escaped?");
    await page.getByLabel("Reference 1 title").fill("OWASP: Cross Site Scripting Prevention");
    await page.getByLabel("Reference 1 URL").fill("https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html");
    await page.getByLabel("Model answer (Markdown)").fill(ANSWER);
    await page.getByLabel("In 60 seconds (Markdown)").fill("Everything an author writes is **escaped** when shown: `<script>` is text.");

    // The preview renders the Markdown (a sub-heading, bold, code) but not the author's HTML.
    await preview.getByRole("heading", { name: "Why it matters" }).waitFor();
    expect(await preview.textContent()).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await preview.locator("strong", { hasText: "escaped" }).count()).toBe(1);
    expect(await injected(page)).toEqual({ imgWithOnerror: 0, scripts: 0, ran: null });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "authoring-editor-preview");

    await page.getByRole("button", { name: "Save draft" }).first().click();
    await page.waitForURL(new RegExp(`/authoring/${ID}$`));
    await page.getByText("Draft saved.").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(TITLE);
    expect(await injected(page)).toEqual({ imgWithOnerror: 0, scripts: 0, ran: null });
    // Authors cannot publish.
    expect(await page.getByRole("button", { name: "Publish" }).count()).toBe(0);

    // A misconception pattern that only repeats the model answer is saved, with a notice that the grader ignores it.
    await page.getByRole("button", { name: "Add misconception" }).click();
    await page.locator("#mc-0-claim").fill("Escaping can be skipped for trusted authors");
    await page.locator("#mc-0-patterns").fill("every field is escaped when it is rendered\ntrusted authors may post raw HTML");
    await page.locator("#mc-0-correction").fill("Every author's text is escaped: trust is not a sanitiser.");
    await page.getByRole("button", { name: "Save draft" }).first().click();
    await page.getByText("Draft saved.").waitFor();
    const notice = page.locator('[data-field-notice="mc-0-patterns"]');
    await notice.waitFor();
    expect(await notice.allTextContents()).toEqual([expect.stringContaining('"every field is escaped when it is rendered"')]);
    await notice.scrollIntoViewIfNeeded();
    await screenshot(page, "authoring-pattern-notice");

    // Export Markdown gives the content file, ready for a pull request.
    const exported = await page.request.get(`${server.url}/api/v1/questions/${ID}/markdown`);
    expect(exported.status()).toBe(200);
    const file = await exported.text();
    expect(file).toMatch(new RegExp(`^---\\nid: ${ID}\\ntitle: "Does <script>`));
    expect(file).toContain("## In 60 seconds");
    // Not in the bank yet.
    expect((await page.request.get(`${server.url}/api/v1/questions/${ID}`)).status()).toBe(404);

    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login$/);

    // The admin sees it among the drafts awaiting publication and publishes it.
    await logIn(page, ADMIN.email);
    await page.goto(`${server.url}/authoring`);
    await page.getByRole("heading", { name: "Drafts awaiting publication" }).waitFor();
    const row = page.getByTestId("draft-list").locator("li", { hasText: ID });
    expect(await row.textContent()).toContain(`by ${AUTHOR.name}`);
    expect(await injected(page)).toEqual({ imgWithOnerror: 0, scripts: 0, ran: null });
    await screenshot(page, "authoring-admin-drafts");
    await row.getByRole("button", { name: "Publish" }).click();
    await page.getByText("is now in the bank").waitFor();
    await expect.poll(() => page.locator("li", { hasText: ID }).count()).toBe(0);

    // It is in the bank now, escaped there too.
    await page.goto(`${server.url}/questions?topic=caching&difficulty=easy`);
    const link = page.getByTestId("question-list").getByRole("link", { name: TITLE });
    await link.waitFor();
    await link.click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("button", { name: "Reveal answer" }).click();
    await page.getByTestId("model-answer").waitFor();
    expect(await page.getByTestId("model-answer").textContent()).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await injected(page)).toEqual({ imgWithOnerror: 0, scripts: 0, ran: null });
    await screenshot(page, "authoring-published-in-bank");

    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it("imports a Markdown file and reports the line of a mistake", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await logIn(page, AUTHOR.email);
    await page.goto(`${server.url}/authoring`);
    await page.getByRole("button", { name: "Import Markdown" }).click();
    const file = (await (await page.request.get(`${server.url}/api/v1/questions/caching-what-and-why/markdown`)).text())
      .replace("id: caching-what-and-why", "id: e2e-imported-question")
      .replace(/^level: \w+$/m, "level: guru");
    await page.getByLabel("…or paste the file").fill(file);
    await page.getByRole("button", { name: "Import as draft" }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    const line = file.split("\n").findIndex((l) => l === "level: guru") + 1;
    expect(await errors.textContent()).toContain(`questions/caching/e2e-imported-question.md:${line} level`);
    await screenshot(page, "authoring-import-error");

    await page.getByLabel("…or paste the file").fill(file.replace("level: guru", "level: mid"));
    await page.getByRole("button", { name: "Import as draft" }).click();
    await page.waitForURL(/\/authoring\/e2e-imported-question$/);
    await page.getByText("Imported as a new draft.").waitFor();
    expect(await page.getByLabel("Level", { exact: true }).inputValue()).toBe("mid");
    await page.close();
  }, 120_000);
});
