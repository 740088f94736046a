/**
 * The n-th monthly anniversary of `start` (n = 0 is the start itself), in UTC. A start on the
 * 31st falls on the last day of shorter months, and comes back to the 31st when it can.
 */
export function monthlyAnniversary(start: Date, n: number): Date {
  const at = new Date(start);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + n);
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return at;
}

/** Number of anniversaries (including the start) that fall at or before `at`. */
export function anniversariesDue(start: Date, at: Date): number {
  if (at < start) return 0;
  let n = 0;
  while (monthlyAnniversary(start, n) <= at) n++;
  return n;
}
