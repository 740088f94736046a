import { afterEach, describe, expect, it } from "vitest";
import { addDays, DAY, fixedClock, HOUR, MINUTE, now, setClock } from "./index";

afterEach(() => setClock(null));

describe("clock", () => {
  it("tells the system time by default", () => {
    const before = Date.now();
    const at = now().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it("stands still on a fixed clock and travels when told to", () => {
    const clock = fixedClock("2026-01-31T12:00:00Z");
    setClock(clock);
    expect(now().toISOString()).toBe("2026-01-31T12:00:00.000Z");
    expect(now().toISOString()).toBe("2026-01-31T12:00:00.000Z");

    clock.advance(7 * DAY + 2 * HOUR + 30 * MINUTE);
    expect(now().toISOString()).toBe("2026-02-07T14:30:00.000Z");

    clock.set(new Date("2026-05-01T00:00:00Z"));
    expect(now().toISOString()).toBe("2026-05-01T00:00:00.000Z");
  });

  it("hands out copies, so a caller cannot move time by mutating a Date", () => {
    setClock(fixedClock("2026-01-01T00:00:00Z"));
    now().setUTCFullYear(2030);
    expect(now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("returns to the system time after setClock(null)", () => {
    setClock(fixedClock("2001-01-01T00:00:00Z"));
    setClock(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("adds whole days in absolute time", () => {
    expect(addDays(new Date("2026-03-28T10:00:00Z"), 90).toISOString()).toBe(
      "2026-06-26T10:00:00.000Z",
    );
    expect(addDays(new Date("2026-03-28T10:00:00Z"), -1).toISOString()).toBe(
      "2026-03-27T10:00:00.000Z",
    );
  });
});
