/**
 * The database schema (Drizzle). The same tables serve PGlite and PostgreSQL, so only
 * SQL both support is used (PostgreSQL 15 is the oldest engine we run on).
 * Migrations are generated from this file by drizzle-kit and applied at start-up.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased: emails compare case-insensitively. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["learner", "author", "admin"] }).notNull().default("learner"),
    timeZone: text("time_zone").notNull().default("UTC"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie token: a leaked table does not leak usable sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    expiresAt: timestamptz("expires_at").notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const contentVersions = pgTable("content_versions", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  version: text("version").notNull(),
  counts: jsonb("counts").notNull(),
  loadedAt: timestamptz("loaded_at").notNull().defaultNow(),
});

export const questions = pgTable(
  "questions",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    topic: text("topic").notNull(),
    difficulty: text("difficulty", { enum: ["easy", "medium", "hard"] }).notNull(),
    level: text("level", { enum: ["junior", "mid", "senior"] }).notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    collections: text("collections").array().notNull().default(sql`'{}'`),
    /** Rubric, follow-ups, related ids and references: read whole, never queried inside. */
    body: jsonb("body").notNull(),
    answer: text("answer").notNull(),
    shortAnswer: text("short_answer").notNull(),
    /** published: in the bank; draft: authored in the app, awaiting an admin; retired: removed from content/. */
    status: text("status", { enum: ["published", "draft", "retired"] }).notNull().default("published"),
    source: text("source", { enum: ["content", "app"] }).notNull().default("content"),
    contentHash: text("content_hash").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(short_answer, '')), 'B') || setweight(to_tsvector('english', coalesce(answer, '')), 'C')`,
    ),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("questions_search_idx").using("gin", t.searchVector),
    index("questions_topic_idx").on(t.topic, t.id),
  ],
);

export const bookmarks = pgTable(
  "bookmarks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] })],
);

export const attempts = pgTable(
  "attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id),
    mode: text("mode", { enum: ["written", "spoken"] }).notNull().default("written"),
    answer: text("answer").notNull(),
    score: doublePrecision("score").notNull(),
    grader: text("grader").notNull(),
    /** The grader's full result (key points, evidence, misconceptions, feedback). */
    result: jsonb("result").notNull(),
    durationSec: integer("duration_sec"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("attempts_user_question_idx").on(t.userId, t.questionId, t.createdAt)],
);

export const disputes = pgTable(
  "disputes",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    keyPointIndex: integer("key_point_index").notNull(),
    /** What the user says: the key point was in fact covered (true) or not (false). */
    claimedCovered: boolean("claimed_covered").notNull(),
    comment: text("comment"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.keyPointIndex] })],
);

/** One FSRS card per user and practice item; `version` guards concurrent reviews (two tabs). */
export const cards = pgTable(
  "cards",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemType: text("item_type", { enum: ["question", "coding", "sql"] }).notNull(),
    itemId: text("item_id").notNull(),
    topic: text("topic").notNull(),
    due: timestamptz("due").notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    reps: integer("reps").notNull(),
    lapses: integer("lapses").notNull(),
    state: integer("state").notNull(),
    lastReview: timestamptz("last_review"),
    /** The last grade on this item (0..1), from a graded attempt or a self-rating. */
    lastGrade: doublePrecision("last_grade"),
    version: integer("version").notNull().default(0),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemType, t.itemId] }), index("cards_user_due_idx").on(t.userId, t.due)],
);

export const reviewLogs = pgTable(
  "review_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemType: text("item_type", { enum: ["question", "coding", "sql"] }).notNull(),
    itemId: text("item_id").notNull(),
    rating: integer("rating").notNull(),
    /** The grader's score when the review came from a graded attempt. */
    score: doublePrecision("score"),
    source: text("source", { enum: ["flashcard", "attempt"] }).notNull(),
    reviewedAt: timestamptz("reviewed_at").notNull(),
    /** The calendar day in the user's time zone at review time: streaks count these. */
    localDay: text("local_day").notNull(),
    /** The card before this review, so the last rating can be undone exactly. */
    previous: jsonb("previous"),
  },
  (t) => [index("review_logs_user_time_idx").on(t.userId, t.reviewedAt)],
);

/**
 * Reviews and grade total per user and local day, kept by triggers on review_logs
 * (migration 0003): streaks, the heatmap and the Today page read a row per day instead
 * of aggregating every review the user ever made.
 */
export const dailyActivity = pgTable(
  "daily_activity",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    localDay: text("local_day").notNull(),
    reviews: integer("reviews").notNull(),
    /** Sum of the reviews' grades (the score, or the rating's grade): the day's average is gradeSum / reviews. */
    gradeSum: doublePrecision("grade_sum").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.localDay] })],
);

export const studyPlans = pgTable("study_plans", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  targetRole: text("target_role").notNull(),
  targetLevel: text("target_level", { enum: ["junior", "mid", "senior"] }).notNull(),
  focusTopics: text("focus_topics").array().notNull(),
  interviewDate: text("interview_date"),
  dailyMinutes: integer("daily_minutes").notNull(),
  desiredRetention: doublePrecision("desired_retention").notNull().default(0.9),
  updatedAt: timestamptz("updated_at").notNull().defaultNow(),
});

/** Coding submissions: the source, the verdict, per-test results (hidden cases redacted). */
export const codeSubmissions = pgTable(
  "code_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
    language: text("language", { enum: ["js", "ts", "py"] }).notNull(),
    mode: text("mode", { enum: ["run", "submit"] }).notNull(),
    source: text("source").notNull(),
    /** queued → running → done (or error when the judge itself failed). */
    status: text("status", { enum: ["queued", "running", "done", "error"] }).notNull().default("queued"),
    verdict: text("verdict"),
    result: jsonb("result"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    finishedAt: timestamptz("finished_at"),
  },
  (t) => [index("code_submissions_user_problem_idx").on(t.userId, t.problemId, t.createdAt)],
);

/** SQL submissions: the query, the verdict and its diff. */
export const sqlSubmissions = pgTable(
  "sql_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
    mode: text("mode", { enum: ["run", "submit"] }).notNull(),
    query: text("query").notNull(),
    verdict: text("verdict"),
    result: jsonb("result"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("sql_submissions_user_problem_idx").on(t.userId, t.problemId, t.createdAt)],
);
