/** The topics of the question bank: ids are folder names under content/questions/. */
export const TOPICS = [
  { id: "fundamentals", name: "Backend role & fundamentals" },
  { id: "http-rest", name: "HTTP & REST APIs" },
  { id: "api-design", name: "API design" },
  { id: "sql-modelling", name: "SQL & data modelling" },
  { id: "indexing", name: "Indexing & query optimisation" },
  { id: "transactions", name: "Transactions & isolation" },
  { id: "nosql", name: "NoSQL" },
  { id: "caching", name: "Caching" },
  { id: "security", name: "API security & auth" },
  { id: "networking", name: "Load balancing & networking" },
  { id: "concurrency", name: "Sync vs async & concurrency" },
  { id: "performance", name: "Performance & profiling" },
  { id: "microservices", name: "Microservices & messaging" },
  { id: "distributed-systems", name: "Distributed systems" },
  { id: "observability", name: "Observability & reliability" },
  { id: "tools", name: "Testing, CI/CD & tools" },
] as const;

export type TopicId = (typeof TOPICS)[number]["id"];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Named collections a question can belong to (shown as filters on the Questions page). */
export const COLLECTIONS = [{ id: "top-10", name: "Top 10 backend questions" }] as const;
export const COLLECTION_IDS = COLLECTIONS.map((c) => c.id) as [string, ...string[]];

/** What a study plan can focus on: the question topics, plus coding and SQL challenges. */
export const PRACTICE_AREAS = [...TOPICS, { id: "coding", name: "Coding challenges" }, { id: "sql", name: "SQL challenges" }] as const;
export const PRACTICE_AREA_IDS = PRACTICE_AREAS.map((a) => a.id) as [string, ...string[]];
