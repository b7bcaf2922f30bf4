/**
 * Wires the application's parts together: database, repositories and services.
 * The single place where dependencies are chosen, so tests can build the same
 * graph with a test database and fake edges.
 */
import type { Config } from "./config";
import type { Database } from "./db/database";
import { createSessionsRepository } from "./db/repositories/sessions-repository";
import { createUsersRepository } from "./db/repositories/users-repository";
import { createQuestionsRepository } from "./db/repositories/questions-repository";
import { createAttemptsRepository } from "./db/repositories/attempts-repository";
import { createGraderFromEnv } from "./grading/create-grader";
import type { Grader } from "./grading/grader";
import { createPracticeRepository } from "./db/repositories/practice-repository";
import { createAttemptsService } from "./services/attempts-service";
import { createPracticeCatalog, type StaticProblem } from "./services/practice/catalog";
import { createPracticeService } from "./services/practice/practice-service";
import { loadStaticProblems } from "./services/practice/static-problems";
import { createAuthService } from "./services/auth-service";
import { createQuestionsService } from "./services/questions-service";

export interface AppContext {
  config: Config;
  database: Database;
  services: ReturnType<typeof createServices>;
}

export interface ContextOverrides {
  grader?: Grader;
  now?: () => Date;
  /** Coding and SQL problems (practice items beside the questions); default: read from CONTENT_DIR. */
  staticProblems?: () => Promise<StaticProblem[]>;
}

function createServices(config: Config, database: Database, overrides: ContextOverrides) {
  const users = createUsersRepository(database.db);
  const sessions = createSessionsRepository(database.db);
  const questionsRepo = createQuestionsRepository(database.db);
  const practice = createPracticeService({
    repo: createPracticeRepository(database.db),
    users,
    catalog: createPracticeCatalog(questionsRepo, overrides.staticProblems ?? (() => loadStaticProblems(config.CONTENT_DIR))),
    now: overrides.now,
  });
  return {
    users,
    questionsRepo,
    auth: createAuthService({ users, sessions, sessionDays: config.SESSION_DAYS }),
    questions: createQuestionsService(questionsRepo),
    attempts: createAttemptsService({
      attempts: createAttemptsRepository(database.db),
      questions: questionsRepo,
      // The configured LLM when LLM_BASE_URL and LLM_MODEL are set, else the offline grader.
      grader: overrides.grader ?? createGraderFromEnv({ LLM_BASE_URL: config.LLM_BASE_URL, LLM_MODEL: config.LLM_MODEL, LLM_API_KEY: config.LLM_API_KEY }),
      // Every graded answer is also a review of the question's card.
      onGraded: async ({ userId, questionId, score }) => void (await practice.recordAttempt(userId, "question", questionId, score)),
    }),
    practice,
  };
}

export function createContext(config: Config, database: Database, overrides: ContextOverrides = {}): AppContext {
  return { config, database, services: createServices(config, database, overrides) };
}
