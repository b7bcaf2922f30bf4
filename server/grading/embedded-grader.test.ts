import { describe, expect, it } from "vitest";
import { EmbeddedGrader } from "./embedded-grader";
import { gradeResultSchema, type GradeInput } from "./grade-schema";

// A rubric written for these tests only (not part of the evaluation set).
const question: GradeInput["question"] = {
  title: "Why would you put a message queue between two services?",
  keyPoints: [
    {
      text: "A queue decouples producer and consumer: the producer does not wait for the consumer to finish the work",
      weight: 3,
      phrasings: ["the sender just drops the message and moves on", "the API responds before the work is done", "fire and forget"],
    },
    {
      text: "A queue absorbs traffic spikes: messages wait in the queue and the consumer processes them at its own pace",
      weight: 3,
      phrasings: ["bursts pile up in the queue instead of overloading the worker", "the backlog is drained later", "smooths out load peaks"],
    },
    {
      text: "If the consumer crashes, messages stay in the queue and are delivered again, so work is not lost",
      weight: 2,
      phrasings: ["unacknowledged messages are redelivered", "nothing is lost while the worker is down"],
    },
    {
      text: "Delivery is at least once, so consumers must be idempotent",
      weight: 2,
      phrasings: ["the same message can arrive twice", "deduplicate by message id"],
    },
  ],
  misconceptions: [
    {
      claim: "A queue guarantees each message is processed exactly once",
      patterns: ["the queue guarantees exactly once processing", "each message is processed only once", "no duplicates with a queue"],
      correction: "Brokers redeliver after failures, so consumers see duplicates and must be idempotent.",
    },
  ],
};

const grader = new EmbeddedGrader();
const grade = (answer: string, q = question) => grader.gradeWithSignals({ question: q, answer }).result;

describe("EmbeddedGrader", () => {
  it("credits a strong answer, with evidence that is an exact slice of the answer", () => {
    const answer =
      "The producer puts a message on the queue and returns immediately; it doesn't wait for the consumer to finish the work. " +
      "When traffic spikes, messages pile up in the queue and the consumer processes them at its own pace. " +
      "If the consumer crashes, the unacknowledged messages stay in the queue and get redelivered, so nothing is lost. " +
      "Because delivery is at least once, the same message can arrive twice, so the consumer must be idempotent.";
    const result = grade(answer);
    expect(gradeResultSchema.parse(result)).toEqual(result);
    expect(result.keyPoints.map((k) => k.covered)).toEqual([true, true, true, true]);
    expect(result.score).toBe(1);
    expect(result.misconceptions).toEqual([]);
    for (const k of result.keyPoints) {
      expect(k.evidence).toBeDefined();
      expect(answer.slice(k.evidence!.start, k.evidence!.end)).toBe(k.evidence!.quote);
    }
    expect(result.feedback).toMatch(/strong/i);
  });

  it("gives partial credit for a partial answer and names what is missing", () => {
    const result = grade("With a queue, bursts pile up in the queue instead of overloading the worker, which drains the backlog later.");
    expect(result.keyPoints[1]!.covered).toBe(true);
    expect(result.keyPoints.filter((k) => k.covered)).toHaveLength(1);
    expect(result.score).toBeCloseTo(3 / 10, 2);
    expect(result.feedback).toMatch(/idempotent/);
  });

  it("does not credit a negated statement and reports it as a contradiction", () => {
    const result = grade("If the consumer crashes, the messages are not delivered again, so the work is lost.");
    expect(result.keyPoints[2]!.covered).toBe(false);
    expect(result.keyPoints[2]!.contradiction?.quote).toContain("not delivered again");
    expect(result.score).toBe(0);
  });

  it("does not credit an answer that states a key point the other way round", () => {
    const result = grade("The producer has to wait for the consumer to finish the work before it can respond.");
    expect(result.keyPoints[0]!.covered).toBe(false);
    expect(result.score).toBe(0);
  });

  it("does not credit an answer that swaps the parties of a key point, even where a phrasing names only one", () => {
    const k8s: GradeInput["question"] = {
      title: "What are Kubernetes requests and limits?",
      keyPoints: [
        {
          text: "Requests are what the scheduler reserves to place a pod; limits are caps enforced at runtime by cgroups",
          phrasings: ["cgroups enforce the limits", "the scheduler only looks at requests"],
        },
        { text: "Exceeding the memory limit gets the container OOMKilled" },
      ],
    };
    const swapped = grade("Limits are what the scheduler reserves to place a pod, and requests are the caps that cgroups enforce at runtime.", k8s);
    expect(swapped.keyPoints[0]!.covered).toBe(false);
    expect(swapped.keyPoints[0]!.contradiction).toBeDefined();
    expect(swapped.score).toBe(0);
    const right = grade("Requests are what the scheduler reserves to place a pod, and limits are the caps that cgroups enforce at runtime.", k8s);
    expect(right.keyPoints[0]!.covered).toBe(true);
  });

  it("reads a phrasing that only names part of a denied key point as part of the denial", () => {
    const retries: GradeInput["question"] = {
      title: "A dependency blipped for 30 seconds but the system stayed down for 20 minutes. Why?",
      keyPoints: [
        {
          text: "Retries multiply load: every client retrying at once turns a brief failure into a retry storm that keeps the dependency overloaded",
          phrasings: ["retry storm", "the recovering service is flattened by retries"],
        },
        { text: "Use exponential backoff with jitter so retries spread out in time", phrasings: ["randomize the delay"] },
      ],
    };
    // "retry storm" is said, but the key point's fuller reading of the sentence denies it.
    const denied = grade("Each retry just replaces a failed call, so a retry storm can't really keep a dependency overloaded. Randomize the delay between attempts.", retries);
    expect(denied.keyPoints[0]!.covered).toBe(false);
    expect(denied.keyPoints[0]!.contradiction?.quote).toContain("can't really keep");
    expect(denied.score).toBe(0);
    // The same phrasing in a sentence that does not deny the point still earns it.
    const affirmed = grade("It was a retry storm: every client hammered the dependency the moment it came back, so it never recovered.", retries);
    expect(affirmed.keyPoints[0]!.covered).toBe(true);
  });

  it("does not accuse an answer of contradicting a negated key point when both negations deny the same words", () => {
    const authz: GradeInput["question"] = {
      title: "A logged-in user requests another customer's invoice. What do you return?",
      keyPoints: [
        { text: "For another customer's object, returning 404 is often preferable, so the API does not confirm that invoice 1234 exists" },
        { text: "Check ownership on every object access, not only authentication" },
      ],
    };
    // The answer's "don't" and the key point's "does not" both deny confirming; where their
    // scopes end differs, which used to read as a denial of the point.
    const agreeing = grade("I'd return 404 here, so we don't confirm to the user that invoice 1234 exists.", authz);
    expect(agreeing.keyPoints[0]!.contradiction).toBeUndefined();

    const rebase: GradeInput["question"] = {
      title: "When would you rebase and when would you merge?",
      keyPoints: [
        { text: "Merge combines two branches with a merge commit and preserves the history as it happened" },
        { text: "Never rebase commits that others have already pulled or that live on a shared branch, because it rewrites history they depend on" },
      ],
    };
    // Here the answer's negation ("nobody depends") is about other words than the key point's
    // ("never rebase"): a real denial, still reported.
    const denied = grade("Rebasing a shared branch that others already pulled is fine, it just rewrites history and nobody depends on it.", rebase);
    expect(denied.keyPoints[1]!.covered).toBe(false);
    expect(denied.keyPoints[1]!.contradiction).toBeDefined();
  });

  it("quotes only the sentence that says a key point the other way round, not its neighbour", () => {
    const caching: GradeInput["question"] = {
      title: "What is caching and why use it?",
      keyPoints: [
        { text: "Caching cuts latency and takes load off the database" },
        { text: "Cached data can go stale, so you need an invalidation strategy such as a TTL or deleting the entry on write" },
      ],
    };
    const answer = "A cache is a faster copy of hot data, so responses are quicker. Cached data never goes stale, so you don't need TTLs.";
    const result = grade(answer, caching);
    const contradiction = result.keyPoints[1]!.contradiction;
    expect(contradiction?.quote).toBe("Cached data never goes stale, so you don't need TTLs.");
    expect(answer.slice(contradiction!.start, contradiction!.end)).toBe(contradiction!.quote);
    // The feedback states the contradicted point once, with the contradiction, not again among what is missing.
    expect(result.feedback.match(/can go stale, so you need/g)).toHaveLength(1);
    expect(result.feedback).toMatch(/To strengthen it, explain: caching cuts latency/);
  });

  it("detects a misconception with its correction, and never praises the answer", () => {
    const answer = "A queue decouples the services. The nice thing is the queue guarantees exactly once processing, so there are no duplicates.";
    const result = grade(answer);
    expect(result.misconceptions.map((m) => m.index)).toEqual([0]);
    const m = result.misconceptions[0]!;
    expect(answer.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.quote);
    expect(result.score).toBeLessThanOrEqual(0.2);
    expect(result.feedback).toContain("redeliver");
    expect(result.feedback).not.toMatch(/strong|great|good job/i);
  });

  it("does not flag a misconception the answer denies", () => {
    const result = grade("A queue does not guarantee exactly once processing: the same message can arrive twice, so deduplicate by message id.");
    expect(result.misconceptions).toEqual([]);
    expect(result.keyPoints[3]!.covered).toBe(true);
  });

  it("ignores a misconception pattern that the question's own model answer states", () => {
    // "one consumer" is how the model answer describes a work queue, so a pattern made of
    // those words would accuse every answer that gets it right.
    const withPattern: GradeInput["question"] = {
      ...question,
      misconceptions: [{ ...question.misconceptions![0]!, patterns: [...question.misconceptions![0]!.patterns, "each message is handled by one consumer"] }],
    };
    const modelAnswer = "In a work queue each message is handled by one consumer; if it crashes before acknowledging, the broker redelivers it, so consumers must be idempotent.";
    const right = "With competing consumers each message is handled by one consumer at a time, and it comes back if that consumer dies.";
    expect(grade(right, withPattern).misconceptions.map((m) => m.index)).toEqual([0]);
    expect(grade(right, { ...withPattern, modelAnswer }).misconceptions).toEqual([]);
    // The misconception's other patterns still catch an answer that holds it.
    const wrong = "The nice thing is the queue guarantees exactly once processing, so there are no duplicates.";
    expect(grade(wrong, { ...withPattern, modelAnswer }).misconceptions.map((m) => m.index)).toEqual([0]);
  });

  it("gives nothing for a list of buzzwords", () => {
    const result = grade("Kafka, RabbitMQ, SQS, backpressure, idempotency, at-least-once, DLQ.");
    expect(result.keyPoints.every((k) => !k.covered)).toBe(true);
    expect(result.score).toBe(0);
  });

  it("scores off-topic, empty and noise answers 0 without praise", () => {
    for (const answer of ["I would normalise the schema and add foreign keys to every table.", "", "   ", "🤷‍♂️🤷‍♂️ ok", "Je ne sais pas du tout."]) {
      const result = grade(answer);
      expect(result.score).toBe(0);
      expect(result.keyPoints.every((k) => !k.covered)).toBe(true);
      expect(result.feedback).not.toMatch(/strong|great|good/i);
    }
  });

  it("grades a rubric it has never seen from plain key-point text only", () => {
    const plain: GradeInput["question"] = {
      title: "What is a database index?",
      keyPoints: [
        { text: "An index is a separate sorted structure, usually a B-tree, that lets the database find rows without scanning the whole table" },
        { text: "Indexes slow down writes because every insert and update must also update the index" },
      ],
    };
    const result = grade("An index is a sorted B-tree structure that lets the database find rows without a full table scan. The cost is that inserts and updates get slower, since each write must also update the index.", plain);
    expect(result.keyPoints.map((k) => k.covered)).toEqual([true, true]);
    const reversed = grade("Indexes make writes faster and never slow anything down.", plain);
    expect(reversed.keyPoints[1]!.covered).toBe(false);

  });

  it("is deterministic", () => {
    const answer = "The API responds before the work is done and the worker drains the backlog later.";
    expect(grade(answer)).toEqual(grade(answer));
  });

  it("honours an aborted signal and streams its feedback once", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(grader.grade({ question, answer: "x" }, { signal: controller.signal })).rejects.toThrow();
    const deltas: string[] = [];
    const result = await grader.grade({ question, answer: "fire and forget" }, { onFeedbackDelta: (t) => deltas.push(t) });
    expect(deltas).toEqual([result.feedback]);
  });

  it("grades a typical answer well within 50 ms once the rubric is compiled", () => {
    const answer = "The producer doesn't wait. Spikes are absorbed by the queue. Crashed consumers get messages redelivered. Be idempotent.";
    grade(answer);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      grade(`${answer} (${i})`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[15]!).toBeLessThan(50);
  });
});
