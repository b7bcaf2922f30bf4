/**
 * The study plan: how many new items a day, paced to cover the focus topics before
 * the interview date within the user's daily time budget.
 */
import { daysBetween } from "./local-day";

/** Minutes a session step takes, for the "today takes about N minutes" estimate. */
export const MINUTES = { review: 2, new: 5, coding: 20, sql: 8 } as const;

export interface PlanInput {
  dailyMinutes: number;
  interviewDate: string | null;
  today: string;
  /** Items in the focus topics the user has not started yet. */
  unstartedFocusItems: number;
}

export interface PlanPace {
  newPerDay: number;
  /** False when the budget cannot cover the focus topics before the interview. */
  onTrack: boolean;
  daysLeft: number | null;
}

export function planPace({ dailyMinutes, interviewDate, today, unstartedFocusItems }: PlanInput): PlanPace {
  // Leave about 40% of the budget for reviews, which grow as items are learned.
  const byBudget = Math.max(1, Math.floor((dailyMinutes * 0.6) / MINUTES.new));
  const remaining = Math.max(0, unstartedFocusItems);
  if (!interviewDate) return { newPerDay: Math.min(byBudget, remaining), onTrack: true, daysLeft: null };
  // Finish new material two days before the interview, to leave time for review.
  const daysLeft = daysBetween(today, interviewDate);
  const needed = Math.ceil(remaining / Math.max(1, daysLeft - 2));
  return { newPerDay: Math.min(byBudget, needed), onTrack: needed <= byBudget, daysLeft };
}
