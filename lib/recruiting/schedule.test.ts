import { describe, expect, it } from "vitest";
import { nextBusinessTime, notBefore, parseLocalDateTime, zonedTime } from "./schedule";

describe("business hours in the recipient's time zone", () => {
  it("keeps a moment inside them, and moves one outside to the next working morning", () => {
    // Thursday 2026-12-03, 10:00 in Berlin (09:00 UTC): inside.
    const inside = new Date("2026-12-03T09:00:00Z");
    expect(nextBusinessTime(inside, "Europe/Berlin")).toEqual(inside);
    // The same instant is 04:00 in New York: that day at 9:00 there (14:00 UTC).
    expect(nextBusinessTime(inside, "America/New_York").toISOString()).toBe(
      "2026-12-03T14:00:00.000Z",
    );
    // Friday 18:00 in Tokyo → Monday 9:00 in Tokyo (00:00 UTC).
    expect(nextBusinessTime(new Date("2026-12-04T09:00:00Z"), "Asia/Tokyo").toISOString()).toBe(
      "2026-12-07T00:00:00.000Z",
    );
    // Saturday in Rome → Monday 9:00 (08:00 UTC in winter).
    expect(nextBusinessTime(new Date("2026-12-05T12:00:00Z"), "Europe/Rome").toISOString()).toBe(
      "2026-12-07T08:00:00.000Z",
    );
  });

  it("follows daylight saving time, and treats an unknown zone as UTC", () => {
    // Sunday 2026-03-29 is the change in Berlin: Monday 9:00 is then 07:00 UTC.
    expect(nextBusinessTime(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
    expect(
      zonedTime("Europe/Berlin", { year: 2026, month: 7, day: 1, hour: 9 }).toISOString(),
    ).toBe("2026-07-01T07:00:00.000Z");
    expect(nextBusinessTime(new Date("2026-12-05T12:00:00Z"), "Mars/Olympus").toISOString()).toBe(
      "2026-12-07T09:00:00.000Z",
    );
  });
});

describe("a chosen time", () => {
  it("is read on the sender's clock; a moment in the past means at once", () => {
    const at = parseLocalDateTime("2026-12-10T08:30", "Europe/Berlin");
    expect(at?.toISOString()).toBe("2026-12-10T07:30:00.000Z");
    expect(parseLocalDateTime("2026-13-10T08:30", "Europe/Berlin")).toBeNull();
    expect(parseLocalDateTime("tomorrow", "Europe/Berlin")).toBeNull();
    const now = new Date("2026-12-03T09:00:00Z");
    expect(notBefore({ mode: "at", at: at as Date }, now, "Asia/Tokyo")).toEqual(at);
    expect(notBefore({ mode: "at", at: new Date("2026-12-01T00:00:00Z") }, now, "UTC")).toBeNull();
    expect(notBefore({ mode: "now" }, now, "UTC")).toBeNull();
  });
});
