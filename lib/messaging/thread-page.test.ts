import { describe, expect, it } from "vitest";
import { messageItems } from "./thread-page";

const at = new Date("2026-11-02T10:00:00Z");
const answer = (
  senderId: string,
  kind: "interested" | "not_interested" | "later",
  extra: { laterFrom?: Date; declineReason?: string } = {},
) => ({
  id: `${senderId}-${kind}`,
  senderId,
  kind,
  body: "",
  createdAt: at,
  laterFrom: extra.laterFrom ?? null,
  declineReason: extra.declineReason ?? null,
});

describe("messageItems", () => {
  it("says the member's own quick answer in the first person, the other's by name", () => {
    const items = messageItems([answer("me", "interested"), answer("them", "not_interested")], {
      memberId: "me",
      memberName: "Marco Rossi",
      otherName: "Sophie Becker",
      locale: "en",
    });
    expect(items.map((i) => [i.who, i.answer])).toEqual([
      ["You", "You're interested"],
      ["Sophie Becker", "Sophie Becker is not interested"],
    ]);
  });

  it("has no gendered answer in Italian", () => {
    const [mine, theirs] = messageItems(
      [answer("me", "interested"), answer("them", "interested")],
      { memberId: "me", memberName: "Marco Rossi", otherName: "Giulia Conti", locale: "it" },
    );
    expect(mine?.answer).toBe("Ti interessa");
    expect(theirs?.answer).toBe("Giulia Conti ha risposto: mi interessa");
  });

  it('says when to come back after "Ask me later", and why not when a reason was given', () => {
    const later = new Date("2026-11-23T10:00:00Z");
    const items = messageItems(
      [
        answer("them", "later", { laterFrom: later }),
        answer("me", "later", { laterFrom: later }),
        answer("them", "not_interested", { declineReason: "pay" }),
      ],
      { memberId: "me", memberName: "Marco Rossi", otherName: "Sophie Becker", locale: "en" },
    );
    expect(items.map((i) => i.answer)).toEqual([
      "Sophie Becker asked you to get back in touch from November 23, 2026",
      "You asked to hear back from November 23, 2026",
      "Sophie Becker is not interested · Pay",
    ]);
  });
});
