import { describe, expect, it } from "vitest";
import { addDays, daysBetween, endOfLocalDay, localDay, weekStart } from "./local-day";
import { computeStreak, heatmap } from "./streaks";

describe("local days", () => {
  it("puts an instant on the right calendar day per zone", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(localDay(instant, "UTC")).toBe("2026-03-01");
    expect(localDay(instant, "Europe/Berlin")).toBe("2026-03-02");
    expect(localDay(instant, "America/Los_Angeles")).toBe("2026-03-01");
    expect(localDay(instant, "Pacific/Kiritimati")).toBe("2026-03-02"); // UTC+14
  });

  it("does calendar arithmetic across DST changes without skipping or doubling", () => {
    // Europe's spring-forward (2026-03-29) and the US fall-back (2026-11-01).
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
    expect(weekStart("2026-11-28")).toBe("2026-11-23"); // a Saturday → its Monday
  });

  it("finds the end of a local day across a 23-hour and a 25-hour day", () => {
    expect(endOfLocalDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(endOfLocalDay("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });
});

describe("computeStreak", () => {
  const days = (...d: string[]) => d;

  it("counts consecutive practised days up to today", () => {
    expect(computeStreak(days("2026-11-26", "2026-11-27", "2026-11-28"), "2026-11-28")).toMatchObject({ current: 3, longest: 3, practisedToday: true });
  });

  it("keeps the streak while today is not over", () => {
    expect(computeStreak(days("2026-11-26", "2026-11-27"), "2026-11-28")).toMatchObject({ current: 2, practisedToday: false });
  });

  it("bridges one missed day per week with a freeze that does not count as practice", () => {
    const s = computeStreak(days("2026-11-24", "2026-11-26", "2026-11-27"), "2026-11-27");
    expect(s.current).toBe(3);
    expect(s.frozenDays).toEqual(["2026-11-25"]);
  });

  it("allows only one freeze per ISO week", () => {
    // Missed Tue 24 and Thu 26, both in the week of Mon 23.
    const s = computeStreak(days("2026-11-23", "2026-11-25", "2026-11-27"), "2026-11-27");
    expect(s.current).toBe(2);
    // Missed Sun 22 (week of the 16th) and Tue 24 (week of the 23rd): both covered.
    const t = computeStreak(days("2026-11-21", "2026-11-23", "2026-11-25"), "2026-11-25");
    expect(t.current).toBe(3);
    expect(t.frozenDays).toEqual(["2026-11-24", "2026-11-22"]);
  });

  it("breaks after two missed days in a row", () => {
    expect(computeStreak(days("2026-11-20", "2026-11-21", "2026-11-24"), "2026-11-24")).toMatchObject({ current: 1, longest: 2 });
  });

  it("uses a freeze for yesterday when today is not practised yet", () => {
    expect(computeStreak(days("2026-11-25", "2026-11-26"), "2026-11-28")).toMatchObject({ current: 2, frozenDays: ["2026-11-27"] });
  });

  it("is zero with no history, and ignores duplicate and future days", () => {
    expect(computeStreak([], "2026-11-28")).toMatchObject({ current: 0, longest: 0 });
    expect(computeStreak(days("2026-11-28", "2026-11-28", "2026-12-01"), "2026-11-28")).toMatchObject({ current: 1, longest: 1 });
  });

  it("counts a streak across a DST change by local days", () => {
    // Reviews at 00:30 local time each night around Berlin's spring-forward.
    const instants = ["2026-03-27T23:30:00Z", "2026-03-28T23:30:00Z", "2026-03-29T22:30:00Z", "2026-03-30T22:30:00Z"];
    const local = instants.map((i) => localDay(new Date(i), "Europe/Berlin"));
    expect(local).toEqual(["2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"]);
    expect(computeStreak(local, "2026-03-31").current).toBe(4);
    // The same instants in New York (DST began 2026-03-08) fall on other days, still consecutive.
    const ny = instants.map((i) => localDay(new Date(i), "America/New_York"));
    expect(computeStreak(ny, ny.at(-1)!).current).toBe(4);
  });

  it("does not double-count when the user changes time zone", () => {
    // Two reviews an hour apart recorded as the same local day before and after a zone change.
    const before = localDay(new Date("2026-11-27T20:00:00Z"), "America/New_York"); // 15:00 → 27th
    const after = localDay(new Date("2026-11-27T21:00:00Z"), "Asia/Tokyo"); // 06:00 → 28th
    expect(computeStreak([before, after], "2026-11-28").current).toBe(2);
    expect(computeStreak([before, before], "2026-11-27").current).toBe(1);
  });
});

describe("heatmap", () => {
  it("fills every day of the window, oldest first", () => {
    const map = heatmap(new Map([["2026-11-27", 3]]), "2026-11-28", 3);
    expect(map).toEqual([
      { day: "2026-11-26", count: 0 },
      { day: "2026-11-27", count: 3 },
      { day: "2026-11-28", count: 0 },
    ]);
  });
});
