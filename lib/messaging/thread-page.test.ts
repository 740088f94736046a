import { describe, expect, it } from "vitest";
import { messageItems } from "./thread-page";

const at = new Date("2026-11-02T10:00:00Z");
const answer = (senderId: string, kind: "interested" | "not_interested") => ({
  id: `${senderId}-${kind}`,
  senderId,
  kind,
  body: "",
  createdAt: at,
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
});
