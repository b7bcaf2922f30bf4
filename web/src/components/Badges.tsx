import { PRACTICE_AREAS } from "../../../common/content/topics";

export const topicName = (id: string) => PRACTICE_AREAS.find((t) => t.id === id)?.name ?? id;

export function LevelBadges({ difficulty, level, topic }: { difficulty: string; level: string; topic?: string }) {
  return (
    <span className="row">
      {topic && <span className="badge accent">{topicName(topic)}</span>}
      <span className={`badge ${difficulty}`}>{difficulty}</span>
      <span className={`badge ${level}`}>{level}</span>
    </span>
  );
}
