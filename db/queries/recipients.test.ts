import { describe, expect, it } from "vitest";
import { testDb } from "@/db/testing";
import { block, connect, createMember } from "@/db/testing/factories";
import { suggestRecipients } from "./recipients";

describe("suggestRecipients", () => {
  it("lists matching connections first, then others with their degree; never self or a block", async () => {
    const db = testDb();
    const me = await createMember(db, { name: "Petra Picker" });
    const friend = await createMember(db, { name: "Quirin Zettel" });
    const stranger = await createMember(db, { name: "Quirin Abel" });
    const blocker = await createMember(db, { name: "Quirin Block" });
    await connect(db, me.id, friend.id);
    await block(db, blocker.id, me.id);
    const found = await suggestRecipients(db, { viewerId: me.id, q: "quirin" });
    // The connection first though "Abel" sorts before "Zettel"; the blocker never appears.
    expect(found.map((f) => [f.name, f.degree])).toEqual([
      ["Quirin Zettel", 1],
      ["Quirin Abel", null],
    ]);
    expect(await suggestRecipients(db, { viewerId: me.id, q: "petra" })).toEqual([]);
    expect(await suggestRecipients(db, { viewerId: me.id, q: "  " })).toEqual([]);
    expect((await suggestRecipients(db, { viewerId: me.id, q: "zéttel" }))[0]?.id).toBe(friend.id);
    expect(stranger.id).toBeTruthy();
  });
});
