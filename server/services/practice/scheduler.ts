/**
 * Spaced repetition with FSRS (ts-fsrs): new cards, reviews, previews of the next
 * interval per rating, retrievability. Cards are plain data so they can be stored.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";

export type RatingValue = 1 | 2 | 3 | 4;
export const RATING_NAMES: Record<RatingValue, "again" | "hard" | "good" | "easy"> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

/** The stored form of a card (what the cards table holds). */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export const DEFAULT_RETENTION = 0.9;

/**
 * How a graded answer becomes an FSRS rating (documented in docs/practice.md):
 * under 40% → Again (you could not answer), 40–64% → Hard (partial), 65–89% → Good,
 * 90% and above → Easy. The cut-offs follow the grader's calibration: 0.65 is
 * about "covered the points that carry most weight".
 */
export function ratingForScore(score: number): RatingValue {
  if (score < 0.4) return 1;
  if (score < 0.65) return 2;
  if (score < 0.9) return 3;
  return 4;
}

const schedulers = new Map<number, FSRS>();
function schedulerFor(retention: number): FSRS {
  let f = schedulers.get(retention);
  if (!f) {
    f = fsrs({ request_retention: retention, enable_fuzz: false });
    schedulers.set(retention, f);
  }
  return f;
}

const toCard = (s: CardState): Card => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state as State,
  ...(s.lastReview ? { last_review: s.lastReview } : {}),
});

const fromCard = (c: Card): CardState => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

export const newCardState = (now: Date): CardState => fromCard(createEmptyCard(now));

export function reviewCard(state: CardState, rating: RatingValue, now: Date, retention = DEFAULT_RETENTION): CardState {
  return fromCard(schedulerFor(retention).next(toCard(state), now, rating as Grade).card);
}

/** Milliseconds until the card would be due again for each rating (what the rating buttons show). */
export function previewIntervals(state: CardState, now: Date, retention = DEFAULT_RETENTION): Record<RatingValue, number> {
  const preview = schedulerFor(retention).repeat(toCard(state), now);
  const at = (r: Rating) => preview[r as Grade].card.due.getTime() - now.getTime();
  return { 1: at(Rating.Again), 2: at(Rating.Hard), 3: at(Rating.Good), 4: at(Rating.Easy) };
}

/** Probability of recalling the item now (0 for a card never reviewed). */
export function retrievability(state: CardState, now: Date, retention = DEFAULT_RETENTION): number {
  if (state.state === State.New || !state.lastReview) return 0;
  return schedulerFor(retention).get_retrievability(toCard(state), now, false);
}

/** "10m", "3d", "2mo": how the UI labels an interval. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}d`;
  const months = Math.round(days / 30);
  return months < 12 ? `${months}mo` : `${(days / 365).toFixed(1)}y`;
}
