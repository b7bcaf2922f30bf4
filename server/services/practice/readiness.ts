/**
 * Mastery per topic and the readiness score. Mastery of one item is how likely the
 * user recalls it now (FSRS retrievability) times how well they last did on it
 * (grade); a topic's mastery averages its items, counting items never practised as
 * zero, so covering a topic matters as much as remembering it. Readiness is the
 * mean mastery over the focus topics, as a 0–100 score.
 */
export interface ItemProgress {
  topic: string;
  retrievability: number;
  /** The last grade on the item, 0..1 (a self-rating maps to 0, 0.5, 0.8, 1). */
  lastGrade: number;
}

export interface TopicMastery {
  topic: string;
  mastery: number;
  practised: number;
  total: number;
}

export const GRADE_FOR_RATING: Record<number, number> = { 1: 0, 2: 0.5, 3: 0.8, 4: 1 };

export function topicMastery(items: ItemProgress[], totals: Map<string, number>): TopicMastery[] {
  const sums = new Map<string, { sum: number; practised: number }>();
  for (const item of items) {
    const entry = sums.get(item.topic) ?? { sum: 0, practised: 0 };
    entry.sum += item.retrievability * item.lastGrade;
    entry.practised++;
    sums.set(item.topic, entry);
  }
  return [...totals].map(([topic, total]) => {
    const entry = sums.get(topic) ?? { sum: 0, practised: 0 };
    return { topic, mastery: total ? entry.sum / total : 0, practised: entry.practised, total };
  });
}

export interface Readiness {
  score: number;
  explanation: string;
  weakest: TopicMastery[];
}

export function readiness(mastery: TopicMastery[], focusTopics: string[]): Readiness {
  const focus = focusTopics.length ? mastery.filter((m) => focusTopics.includes(m.topic)) : mastery;
  const considered = focus.filter((m) => m.total > 0);
  const mean = considered.length ? considered.reduce((a, m) => a + m.mastery, 0) / considered.length : 0;
  const score = Math.round(mean * 100);
  const weakest = [...considered].sort((a, b) => a.mastery - b.mastery || b.total - a.total).slice(0, 3);
  const scope = focusTopics.length ? `your ${considered.length} focus topic${considered.length === 1 ? "" : "s"}` : `all ${considered.length} topics`;
  const explanation =
    `Readiness is the average mastery over ${scope}. A topic's mastery is, for each of its items, ` +
    `how likely you are to recall it today (from your review history) times your last grade on it, ` +
    `averaged over all the topic's items — items you have not practised count as zero.`;
  return { score, explanation, weakest };
}
