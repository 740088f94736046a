// The one source of "now" for business rules (grants, expiries, refunds, reminders).
// Tests replace it with a fixed or travelling clock; production reads the system time.

export interface Clock {
  now(): Date;
}

const systemClock: Clock = { now: () => new Date() };

const holder = globalThis as unknown as { __inmailClock?: Clock; __inmailClockOffsetMs?: number };

export function now(): Date {
  const base = (holder.__inmailClock ?? systemClock).now();
  const offset = holder.__inmailClockOffsetMs ?? 0;
  return offset ? new Date(base.getTime() + offset) : base;
}

/**
 * The test clock's offset (outside production only; see lib/clock/test-clock.ts, which loads it
 * from the database so every instance travels together).
 */
export function setClockOffset(ms: number): void {
  holder.__inmailClockOffsetMs = ms;
}

export function setClock(clock: Clock | null): void {
  holder.__inmailClock = clock ?? undefined;
}

/** A clock that stands still until told to move; for tests. */
export function fixedClock(start: Date | string): Clock & {
  set(at: Date | string): void;
  advance(ms: number): void;
} {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}
