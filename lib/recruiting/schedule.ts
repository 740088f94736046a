/**
 * When a campaign's deliveries may go out: now, from a chosen moment, or in each recipient's
 * business hours (Monday to Friday, 9:00 to 17:00 in their own time zone). Pure: the time zone
 * arithmetic uses the platform's Intl data, nothing is guessed from offsets.
 */

export const BUSINESS_START_HOUR = 9;
export const BUSINESS_END_HOUR = 17;

export type Schedule = { mode: "now" } | { mode: "at"; at: Date } | { mode: "business" };

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 0 Sunday … 6 Saturday
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A time zone the platform knows, else UTC (a member without one, or a stale name). */
export function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return "UTC";
  }
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(String(parts.weekday)),
  };
}

/** The instant that reads `year-month-day hour:00` on a clock in `timeZone`. */
export function zonedTime(
  timeZone: string,
  {
    year,
    month,
    day,
    hour,
    minute = 0,
  }: Omit<LocalParts, "weekday" | "minute"> & { minute?: number },
): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Guess with the offset at that moment, then correct once (DST changes the offset).
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** The first moment from `at` on that is within business hours in `timeZone`. */
export function nextBusinessTime(at: Date, timeZone: string): Date {
  const zone = knownTimeZone(timeZone);
  const local = localParts(at, zone);
  const working = local.weekday >= 1 && local.weekday <= 5;
  if (working && local.hour >= BUSINESS_START_HOUR && local.hour < BUSINESS_END_HOUR) return at;
  // Today at 9:00 if it is a working day not yet begun, else the next working day at 9:00.
  let { year, month, day } = local;
  let weekday = local.weekday;
  if (!(working && local.hour < BUSINESS_START_HOUR)) {
    do {
      const next = new Date(Date.UTC(year, month - 1, day + 1));
      year = next.getUTCFullYear();
      month = next.getUTCMonth() + 1;
      day = next.getUTCDate();
      weekday = next.getUTCDay();
    } while (weekday === 0 || weekday === 6);
  }
  return zonedTime(zone, { year, month, day, hour: BUSINESS_START_HOUR });
}

/** `2026-12-04T09:30` (a datetime-local field) read on a clock in `timeZone`. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return zonedTime(knownTimeZone(timeZone), { year, month, day, hour, minute });
}

/** When a recipient's delivery may go out under a schedule (null: at once). */
export function notBefore(schedule: Schedule, now: Date, recipientTimeZone: string): Date | null {
  if (schedule.mode === "now") return null;
  if (schedule.mode === "at") return schedule.at > now ? schedule.at : null;
  const next = nextBusinessTime(now, recipientTimeZone);
  return next > now ? next : null;
}
