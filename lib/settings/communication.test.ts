import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import { communicationSettings } from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { registerMember } from "@/lib/auth/accounts";
import { fixedClock, MINUTE, setClock } from "@/lib/clock";
import { SIGNATURE_MAX } from "@/lib/validation/settings";
import {
  DEFAULT_COMMUNICATION_SETTINGS,
  getCommunicationSettingsForMember,
  updateCommunicationSettings,
} from "./communication";

afterEach(() => setClock(null));

async function rowOf(memberId: string) {
  const rows = await testDb()
    .select()
    .from(communicationSettings)
    .where(eq(communicationSettings.memberId, memberId));
  return rows;
}

describe("communication settings", () => {
  it("saves the settings and reads them back", async () => {
    const clock = fixedClock("2026-05-04T10:00:00Z");
    setClock(clock);
    const member = await createMember(testDb());
    clock.advance(5 * MINUTE);

    const saved = await updateCommunicationSettings(testDb(), {
      memberId: member.id,
      acceptsInmail: false,
      interestCategories: ["consulting_offer", "reference_request"],
      signature: "Kind regards,\nAda",
      emailNotifications: false,
    });

    const read = await getCommunicationSettingsForMember(testDb(), { memberId: member.id });
    expect(read).toEqual(saved);
    expect(read).toMatchObject({
      memberId: member.id,
      acceptsInmail: false,
      interestCategories: ["consulting_offer", "reference_request"],
      signature: "Kind regards,\nAda",
      emailNotifications: false,
      openProfile: false,
      updatedAt: new Date("2026-05-04T10:05:00Z"),
    });
  });

  it("changes only the settings it is given", async () => {
    const member = await createMember(testDb(), {
      settings: { signature: "Ciao,\nGiulia", interestCategories: ["new_venture"] },
    });
    await updateCommunicationSettings(testDb(), { memberId: member.id, acceptsInmail: false });
    expect(
      await getCommunicationSettingsForMember(testDb(), { memberId: member.id }),
    ).toMatchObject({
      acceptsInmail: false,
      signature: "Ciao,\nGiulia",
      interestCategories: ["new_venture"],
      emailNotifications: true,
    });
  });

  it("creates the row of a member who has none (one upsert)", async () => {
    const member = await createMember(testDb());
    await testDb()
      .delete(communicationSettings)
      .where(eq(communicationSettings.memberId, member.id));

    // Reading does not write: the member simply has the defaults.
    expect(await getCommunicationSettingsForMember(testDb(), { memberId: member.id })).toEqual({
      memberId: member.id,
      ...DEFAULT_COMMUNICATION_SETTINGS,
      updatedAt: null,
    });
    expect(await rowOf(member.id)).toEqual([]);

    await updateCommunicationSettings(testDb(), {
      memberId: member.id,
      acceptsInmail: false,
      signature: "Saluti",
    });
    expect(await rowOf(member.id)).toEqual([
      expect.objectContaining({
        acceptsInmail: false,
        signature: "Saluti",
        interestCategories: [],
        emailNotifications: true,
      }),
    ]);

    // A second save updates the same row.
    await updateCommunicationSettings(testDb(), { memberId: member.id, acceptsInmail: true });
    expect(await rowOf(member.id)).toEqual([
      expect.objectContaining({ acceptsInmail: true, signature: "Saluti" }),
    ]);
  });

  it("gives a member without a row the same settings the database gives a new member", async () => {
    const result = await registerMember(testDb(), {
      name: "Nora Default",
      email: "nora.default@example.com",
      password: "quiet-meadow-58",
    });
    if (!result.ok || !result.memberId) throw new Error("registration failed");
    const [row] = await rowOf(result.memberId);
    expect(row).toMatchObject(DEFAULT_COMMUNICATION_SETTINGS);
  });

  it("changes the settings of the member it is given and no one else's", async () => {
    const db = testDb();
    const ada = await createMember(db, { settings: { signature: "Ada" } });
    const bob = await createMember(db, {
      settings: { signature: "Bob", interestCategories: ["business_deal"] },
    });
    const bobBefore = await getCommunicationSettingsForMember(db, { memberId: bob.id });

    await updateCommunicationSettings(db, {
      memberId: ada.id,
      acceptsInmail: false,
      interestCategories: ["job_inquiry"],
      signature: "Ada, changed",
      emailNotifications: false,
    });

    expect(await getCommunicationSettingsForMember(db, { memberId: bob.id })).toEqual(bobBefore);
    expect(await getCommunicationSettingsForMember(db, { memberId: ada.id })).toMatchObject({
      signature: "Ada, changed",
      acceptsInmail: false,
    });
  });

  it("never writes a field this page does not own, such as Open Profile", async () => {
    const member = await createMember(testDb());
    // A caller spreading a wider object than the type allows.
    const wider = { memberId: member.id, signature: "hi", openProfile: true } as Parameters<
      typeof updateCommunicationSettings
    >[1];
    await updateCommunicationSettings(testDb(), wider);
    expect(
      await getCommunicationSettingsForMember(testDb(), { memberId: member.id }),
    ).toMatchObject({ signature: "hi", openProfile: false });
  });

  it("refuses to store a signature over the limit, whoever calls", async () => {
    const member = await createMember(testDb(), { settings: { signature: "short" } });
    await expect(
      updateCommunicationSettings(testDb(), {
        memberId: member.id,
        signature: "é".repeat(SIGNATURE_MAX + 1),
      }),
    ).rejects.toThrow(RangeError);
    expect(
      await getCommunicationSettingsForMember(testDb(), { memberId: member.id }),
    ).toMatchObject({ signature: "short" });
  });

  it("stores the signature normalized", async () => {
    const member = await createMember(testDb());
    const saved = await updateCommunicationSettings(testDb(), {
      memberId: member.id,
      signature: "  Best,\r\nAda\r\n",
    });
    expect(saved.signature).toBe("Best,\nAda");
  });

  it("lets two simultaneous first saves both land on one row", async () => {
    const connections = [
      connectPostgres(testDatabaseUrl(), { max: 1 }),
      connectPostgres(testDatabaseUrl(), { max: 1 }),
    ] as const;
    try {
      await Promise.all(connections.map((c) => c.db.execute(sql`select 1`)));
      for (let round = 0; round < 5; round++) {
        const member = await createMember(testDb());
        await testDb()
          .delete(communicationSettings)
          .where(eq(communicationSettings.memberId, member.id));
        const [first, second] = connections;
        await Promise.all([
          updateCommunicationSettings(first.db, { memberId: member.id, signature: "one" }),
          updateCommunicationSettings(second.db, { memberId: member.id, acceptsInmail: false }),
        ]);
        // Both saves applied: each changed only its own field.
        expect(await rowOf(member.id)).toEqual([
          expect.objectContaining({ signature: "one", acceptsInmail: false }),
        ]);
      }
    } finally {
      await Promise.all(connections.map((c) => c.close()));
    }
  });
});
