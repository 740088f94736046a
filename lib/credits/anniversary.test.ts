import { describe, expect, it } from "vitest";
import { anniversariesDue, monthlyAnniversary } from "./anniversary";

describe("monthlyAnniversary", () => {
  it("keeps the day of month and time", () => {
    expect(monthlyAnniversary(new Date("2026-01-15T10:30:00Z"), 0).toISOString()).toBe(
      "2026-01-15T10:30:00.000Z",
    );
    expect(monthlyAnniversary(new Date("2026-01-15T10:30:00Z"), 13).toISOString()).toBe(
      "2027-02-15T10:30:00.000Z",
    );
  });

  it("falls on the last day of shorter months and returns to the 31st", () => {
    const start = new Date("2026-01-31T08:00:00Z");
    expect(monthlyAnniversary(start, 1).toISOString()).toBe("2026-02-28T08:00:00.000Z");
    expect(monthlyAnniversary(start, 2).toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect(monthlyAnniversary(new Date("2028-01-31T00:00:00Z"), 1).toISOString()).toBe(
      "2028-02-29T00:00:00.000Z",
    );
  });
});

describe("anniversariesDue", () => {
  it("counts the start and every anniversary reached", () => {
    const start = new Date("2026-01-15T10:00:00Z");
    expect(anniversariesDue(start, new Date("2026-01-14T00:00:00Z"))).toBe(0);
    expect(anniversariesDue(start, start)).toBe(1);
    expect(anniversariesDue(start, new Date("2026-02-15T09:59:59Z"))).toBe(1);
    expect(anniversariesDue(start, new Date("2026-02-15T10:00:00Z"))).toBe(2);
    expect(anniversariesDue(start, new Date("2026-05-01T00:00:00Z"))).toBe(4);
  });
});
