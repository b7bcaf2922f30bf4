import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeQuestion } from "../test/question-factory";
import { checkContent } from "./check-content";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "content-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modelAnswer =
  "A Go program runs many goroutines on a few OS threads: the runtime multiplexes goroutines onto OS threads and parks a goroutine that blocks. " +
  "That is why a server can keep a hundred thousand goroutines alive where it could never keep as many threads, since each starts with a small stack that grows. " +
  "Blocking calls look synchronous in the code, yet the scheduler moves other goroutines onto the free threads meanwhile, so the program stays busy. " +
  "Channels and the sync package coordinate them; GOMAXPROCS sets how many threads run Go code at the same instant, which defaults to the number of cores.";

describe("checkContent notices", () => {
  it("names the misconception patterns the grader ignores because the model answer says them, without failing the check", async () => {
    await writeQuestion(
      dir,
      {
        id: "go-goroutines",
        topic: "concurrency",
        misconceptions: [
          {
            claim: "Each goroutine needs its own thread",
            patterns: ["the runtime multiplexes goroutines onto OS threads", "every goroutine gets a dedicated thread from the kernel"],
            correction: "Goroutines are multiplexed onto a few threads.",
          },
        ],
      },
      `## Answer\n\n${modelAnswer}\n\n## In 60 seconds\n\nGoroutines are cheap.\n`,
    );
    const report = await checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([
      expect.objectContaining({ file: "questions/concurrency/go-goroutines.md", field: "misconceptions[0]", message: expect.stringContaining('"the runtime multiplexes goroutines onto OS threads"') }),
    ]);
  });
});
