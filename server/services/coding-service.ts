/**
 * Coding challenges: list the problems with the user's progress, show one without its hidden
 * tests or reference solutions, accept submissions and judge them off the request in a queue,
 * and read results back. The judge and the queue are edges passed in, created on first use.
 */
import {
  SOURCE_MAX_BYTES,
  type CodingProblemDetail,
  type CodingSummary,
  type CreateSubmissionBody,
  type Isolation,
  type JudgeResult,
  type ListCodingQuery,
  type Submission,
  type SubmissionSummary,
} from "../../common/api/coding";
import type { CodeSubmissionRow, CodeSubmissionSummaryRow, CodeSubmissionsRepository } from "../db/repositories/code-submissions-repository";
import { AppError, notFound } from "../errors";
import { JudgeInputError, type CodeJudge, type CodeVerdict, type CodingProblem } from "../judge/code";
import { isClassCase, type TestCase } from "../judge/code/types";
import { QueueClosedError, QueueFullError, type JobQueue } from "../judge/judge-queue";

/** Submissions one user may have waiting or running at once. */
export const MAX_PENDING_PER_USER = 3;

export interface JudgeJob {
  submissionId: string;
}

export interface CodingLogger {
  warn(obj: object, message: string): void;
  error(obj: object, message: string): void;
}

export interface CodingServiceDeps {
  /** All valid problems; called once, the result is cached. */
  loadProblems(): Promise<CodingProblem[]>;
  submissions: CodeSubmissionsRepository;
  /** Creates the process's one judge; called on first use (again only if it failed). */
  createJudge(): Promise<CodeJudge>;
  /** Builds the queue that runs `handle` for every job. */
  createQueue(handle: (job: JudgeJob) => Promise<void>): JobQueue<JudgeJob>;
  logger: CodingLogger;
  /** Called after every judged full submission (the review scheduler listens here); runs are practice, not reviews. */
  onJudged?(event: { userId: string; problemId: string; accepted: boolean }): Promise<void>;
  now?: () => Date;
}

const inputOf = (c: TestCase) => (isClassCase(c) ? { ctor: c.ctor, ops: c.ops, args: c.args } : c.args);

/** What the list and the problem page both show; solved and attempted are null without a user. */
function summaryOf(p: CodingProblem, progress: Map<string, { solved: boolean }> | undefined): CodingSummary {
  return {
    slug: p.id,
    title: p.title,
    difficulty: p.difficulty,
    topics: p.topics,
    solved: progress ? (progress.get(p.id)?.solved ?? false) : null,
    attempted: progress ? progress.has(p.id) : null,
  };
}

/** The stored verdict as the API shows it; hidden cases never carry data, whatever was stored. */
function presentResult(verdict: CodeVerdict): JudgeResult {
  const failure = verdict.firstFailure;
  const hidden = !!failure && verdict.tests.some((t) => t.name === failure.name && t.hidden);
  return {
    verdict: verdict.verdict,
    tests: verdict.tests.map((t) => ({ name: t.name, passed: t.passed, timeMs: t.timeMs, hidden: t.hidden })),
    timeMs: verdict.timeMs,
    memoryKb: verdict.memoryKb,
    ...(failure
      ? {
          firstFailure: hidden
            ? { name: failure.name, hidden, ...(failure.error ? { error: failure.error } : {}) }
            : { ...failure, hidden },
        }
      : {}),
    ...(verdict.stderr ? { stderr: verdict.stderr } : {}),
    ...(verdict.compileError ? { compileError: verdict.compileError } : {}),
  };
}

function presentSummary(row: CodeSubmissionSummaryRow): SubmissionSummary {
  const done = row.status === "done" ? (row.result as CodeVerdict) : undefined;
  return {
    id: row.id,
    problemId: row.problemId,
    language: row.language,
    mode: row.mode,
    status: row.status,
    verdict: done ? done.verdict : null,
    timeMs: done ? done.timeMs : null,
    memoryKb: done ? done.memoryKb : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function presentSubmission(row: CodeSubmissionRow): Submission {
  return {
    ...presentSummary(row),
    source: row.source,
    result: row.status === "done" ? presentResult(row.result as CodeVerdict) : null,
    error: row.status === "error" ? ((row.result as { error?: string } | null)?.error ?? "The judge failed.") : null,
  };
}

export function createCodingService(deps: CodingServiceDeps) {
  const { submissions, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();

  let problems: Promise<Map<string, CodingProblem>> | undefined;
  const problemIndex = () =>
    (problems ??= deps.loadProblems().then((list) => new Map(list.map((p) => [p.id, p] as const)))).catch((err: unknown) => {
      problems = undefined; // a transient read error should not stick
      throw err;
    });

  async function problemBySlug(slug: string): Promise<CodingProblem> {
    const problem = (await problemIndex()).get(slug);
    if (!problem) throw notFound(`No coding problem "${slug}".`);
    return problem;
  }

  let judge: Promise<CodeJudge> | undefined;
  const getJudge = () =>
    (judge ??= deps.createJudge()).catch((err: unknown) => {
      judge = undefined;
      throw err;
    });

  async function isolation(): Promise<Isolation> {
    try {
      return (await getJudge()).isolation;
    } catch (err) {
      logger.error({ err }, "the code judge could not start");
      return "unavailable";
    }
  }

  async function judgeSubmission({ submissionId }: JudgeJob): Promise<void> {
    if (!(await submissions.markRunning(submissionId))) return;
    const row = await submissions.findById(submissionId);
    if (!row) return;
    const problem = (await problemIndex()).get(row.problemId);
    if (!problem) {
      await submissions.finish(submissionId, { status: "error", error: `The problem "${row.problemId}" no longer exists.` }, now());
      return;
    }
    let verdict: CodeVerdict;
    try {
      const engine = await getJudge();
      verdict = await engine.judge({ problem, lang: row.language, source: row.source, mode: row.mode });
    } catch (err) {
      const message = err instanceof JudgeInputError ? err.message : "The judge failed while running your code. Please try again.";
      if (!(err instanceof JudgeInputError)) logger.error({ err, submissionId }, "judging failed");
      await submissions.finish(submissionId, { status: "error", error: message }, now());
      return;
    }
    await submissions.finish(submissionId, { status: "done", verdict: verdict.verdict, result: verdict }, now());
    // After the verdict is stored: a failing listener is logged by the queue, the user still sees the verdict.
    if (row.mode === "submit") await deps.onJudged?.({ userId: row.userId, problemId: row.problemId, accepted: verdict.verdict === "accepted" });
  }

  const queue = deps.createQueue(judgeSubmission);

  // Rows a previous process left queued or running will never finish: say so once.
  // (The in-process queue dies with its process; a Redis queue keeps its jobs instead.)
  let recovered: Promise<void> | undefined;
  const recoverStale = () =>
    (recovered ??= queue.durable ? Promise.resolve() : submissions
      .failStale(startedAt, "Judging was interrupted by a server restart. Please submit again.", now())
      .then((count) => void (count && logger.warn({ count }, "marked interrupted code submissions as failed"))));

  return {
    async list(userId: string | undefined, query: ListCodingQuery = {}): Promise<CodingSummary[]> {
      const progress = userId ? await submissions.progressByProblem(userId) : undefined;
      const items = [...(await problemIndex()).values()]
        .sort((a, b) => a.title.localeCompare(b.title))
        .filter((p) => !query.difficulty || p.difficulty === query.difficulty)
        .filter((p) => !query.topic || p.topics.includes(query.topic))
        .map((p) => summaryOf(p, progress));
      if (!progress || !query.status) return items;
      return items.filter((i) => i.solved === (query.status === "solved"));
    },

    async get(userId: string | undefined, slug: string): Promise<CodingProblemDetail> {
      const p = await problemBySlug(slug);
      const [progress, iso] = await Promise.all([userId ? submissions.progressByProblem(userId) : undefined, isolation()]);
      const summary = summaryOf(p, progress);
      return {
        ...summary,
        kind: p.kind,
        entry: p.entry,
        compare: p.compare,
        statement: p.statement,
        starters: { js: p.starters.js, ts: p.starters.ts, py: p.starters.py },
        examples: p.tests.examples.map((c) => ({ name: c.name, input: inputOf(c), expected: c.expected })),
        hiddenCount: p.tests.hidden.length,
        hints: p.hints,
        limits: { timeLimitMs: p.timeLimitMs, memoryMb: p.memoryMb, sourceMaxBytes: SOURCE_MAX_BYTES },
        editorial: summary.solved ? p.editorial : null,
        isolation: iso,
      };
    },

    /** Stores the submission as queued and hands it to the queue; the verdict comes later. */
    async submit(userId: string, slug: string, body: Required<CreateSubmissionBody>): Promise<SubmissionSummary> {
      const problem = await problemBySlug(slug);
      await recoverStale();
      if ((await submissions.countPending(userId)) >= MAX_PENDING_PER_USER) {
        throw new AppError(429, "Too Many Requests", `You already have ${MAX_PENDING_PER_USER} submissions being judged. Wait for a verdict first.`, undefined, { "retry-after": "5" });
      }
      const row = await submissions.insert({ userId, problemId: problem.id, language: body.language, mode: body.mode, source: body.source });
      try {
        await queue.add({ submissionId: row.id });
      } catch (err) {
        if (!(err instanceof QueueFullError || err instanceof QueueClosedError)) logger.error({ err }, "could not queue a submission");
        const message =
          err instanceof QueueFullError ? "The judge is busy. Try again in a minute." : err instanceof QueueClosedError ? "The judge is shutting down. Try again shortly." : "The judge queue is unavailable. Try again shortly.";
        await submissions.finish(row.id, { status: "error", error: message }, now());
        throw new AppError(503, "Service Unavailable", message, undefined, { "retry-after": "30" });
      }
      return presentSummary(row);
    },

    async history(userId: string, slug: string): Promise<SubmissionSummary[]> {
      const problem = await problemBySlug(slug);
      return (await submissions.listForProblem(userId, problem.id)).map(presentSummary);
    },

    async submission(userId: string, id: string): Promise<Submission> {
      await recoverStale();
      const row = await submissions.findOwned(userId, id);
      if (!row) throw notFound("No such submission.");
      return presentSubmission(row);
    },

    /** Waits for the running jobs, fails the ones that never started, and closes the judge. */
    async close(): Promise<void> {
      const dropped = await queue.close();
      for (const job of dropped) {
        await submissions.finish(job.submissionId, { status: "error", error: "The server stopped before judging. Please submit again." }, now());
      }
      const engine = judge;
      judge = undefined;
      // A judge that failed to start was logged when it failed; there is nothing to close.
      if (engine) await engine.then((j) => j.close(), () => undefined);
    },

    /** Resolves when every queued submission has been judged (tests, benchmarks). */
    idle: () => queue.onIdle(),
  };
}

export type CodingService = ReturnType<typeof createCodingService>;
