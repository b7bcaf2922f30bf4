/**
 * Calendar days in a user's IANA time zone, as "YYYY-MM-DD" strings. Streaks and
 * charts count these days; arithmetic on them is pure calendar arithmetic, so DST
 * transitions (23- or 25-hour days) cannot skip or double a day.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar day an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  return formatterFor(timeZone).format(instant);
}

const toUtcMidnight = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return fromUtc(toUtcMidnight(day) + n * 86_400_000);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / 86_400_000);
}

/** The Monday that starts the ISO week of a day: the key for "one freeze per week". */
export function weekStart(day: string): string {
  const weekday = (new Date(toUtcMidnight(day)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

const dayEnds = new Map<string, number>();

/** The instant a local day ends in a zone (the first instant of the next day). */
export function endOfLocalDay(day: string, timeZone: string): Date {
  const key = `${timeZone}|${day}`;
  const cached = dayEnds.get(key);
  if (cached !== undefined) return new Date(cached);
  // Bounded: the keys that matter are today and yesterday in each active zone.
  if (dayEnds.size > 10_000) dayEnds.clear();
  const end = searchDayEnd(day, timeZone);
  dayEnds.set(key, end.getTime());
  return end;
}

function searchDayEnd(day: string, timeZone: string): Date {
  const next = addDays(day, 1);
  // Search the UTC instant whose local day turns to `next`: offsets are within ±14 h.
  let lo = toUtcMidnight(next) - 15 * 3_600_000;
  let hi = toUtcMidnight(next) + 15 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(new Date(mid), timeZone) < next) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}
