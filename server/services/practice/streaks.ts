/**
 * Streaks over the days a user practised (local days in their time zone). A missed
 * day is covered by a freeze when no other freeze was used in that ISO week; a
 * frozen day keeps the streak alive but does not lengthen it. Today not practised
 * yet does not break the streak: the day is not over.
 */
import { addDays, daysBetween, weekStart } from "./local-day";

export interface Streak {
  current: number;
  longest: number;
  /** Days covered by a freeze in the current streak. */
  frozenDays: string[];
  practisedToday: boolean;
}

/** Walks a run of days backwards from `from`, applying freezes; returns its length and frozen days. */
function runEndingAt(practised: Set<string>, from: string, stopBefore: string, leadingFreeze = false): { length: number; frozen: string[] } {
  let length = 0;
  const frozen: string[] = [];
  const freezeUsed = new Set<string>();
  for (let day = from; day >= stopBefore; day = addDays(day, -1)) {
    if (practised.has(day)) {
      length++;
      continue;
    }
    const week = weekStart(day);
    // A freeze only bridges a single missed day back to earlier practice. At the start it
    // may cover yesterday, because today can still be practised.
    if (!freezeUsed.has(week) && practised.has(addDays(day, -1)) && (length > 0 || leadingFreeze)) {
      freezeUsed.add(week);
      frozen.push(day);
      continue;
    }
    break;
  }
  return { length, frozen };
}

export function computeStreak(days: Iterable<string>, today: string): Streak {
  const practised = new Set(days);
  const sorted = [...practised].filter((d) => d <= today).sort();
  const practisedToday = practised.has(today);
  const earliest = sorted[0] ?? today;

  const start = practisedToday ? today : addDays(today, -1);
  const current = sorted.length ? runEndingAt(practised, start, earliest, !practisedToday) : { length: 0, frozen: [] };

  // Longest: every run ends on a practised day whose next day was not practised.
  let longest = current.length;
  for (const day of sorted) {
    if (practised.has(addDays(day, 1))) continue;
    longest = Math.max(longest, runEndingAt(practised, day, earliest).length);
  }
  return { current: current.length, longest, frozenDays: current.frozen, practisedToday };
}

/** Counts per local day for a heatmap, over the last `days` days up to today. */
export function heatmap(counts: Map<string, number>, today: string, days: number): { day: string; count: number }[] {
  const first = addDays(today, -(days - 1));
  return Array.from({ length: daysBetween(first, today) + 1 }, (_, i) => {
    const day = addDays(first, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}
