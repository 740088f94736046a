import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type CommunicationSettings, communicationSettings } from "@/db/schema";
import { now } from "@/lib/clock";
import { hasForbiddenCharacters, measureText } from "@/lib/text/count";
import {
  type CommunicationSettingsInput,
  normalizeSignature,
  SIGNATURE_MAX,
} from "@/lib/validation/settings";

// Settings → Communications of ONE member: the caller passes the signed-in member's id (from the
// session, never from a form), and nothing here can read or write anyone else's row.

export type MemberCommunicationSettings = Omit<CommunicationSettings, "updatedAt"> & {
  /** null while the member has never saved (and has no row yet). */
  updatedAt: Date | null;
};

/** What a member without a row gets: the column defaults of `communication_settings`. */
export const DEFAULT_COMMUNICATION_SETTINGS = {
  acceptsInmail: true,
  interestCategories: [],
  signature: "",
  emailNotifications: true,
  openProfile: false,
  readReceipts: true,
  showPresence: true,
  sponsoredMessages: null,
} as const satisfies Omit<CommunicationSettings, "memberId" | "updatedAt">;

const EDITABLE_FIELDS = [
  "acceptsInmail",
  "interestCategories",
  "signature",
  "emailNotifications",
  "readReceipts",
  "showPresence",
  "sponsoredMessages",
] as const satisfies readonly (keyof CommunicationSettingsInput)[];

export async function getCommunicationSettingsForMember(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<MemberCommunicationSettings> {
  const [row] = await db
    .select()
    .from(communicationSettings)
    .where(eq(communicationSettings.memberId, memberId))
    .limit(1);
  return (
    row ?? {
      memberId,
      ...DEFAULT_COMMUNICATION_SETTINGS,
      interestCategories: [],
      updatedAt: null,
    }
  );
}

/**
 * Saves the given settings of the member (the others keep their value) in one upsert, so a
 * member whose row is missing gets one, and two saves at once cannot fail on the primary key.
 * New sends read these settings, so a change applies to the very next InMail.
 */
export async function updateCommunicationSettings(
  db: Executor,
  { memberId, ...given }: { memberId: string } & Partial<CommunicationSettingsInput>,
): Promise<CommunicationSettings> {
  // Only the fields this page owns, and only those given: never a member id or openProfile.
  const changes: Partial<CommunicationSettingsInput> = {};
  for (const key of EDITABLE_FIELDS) {
    if (given[key] !== undefined) Object.assign(changes, { [key]: given[key] });
  }
  // The compose form reserves SIGNATURE_MAX characters of the body: hold that line here too.
  if (changes.signature !== undefined) {
    changes.signature = normalizeSignature(changes.signature);
    if (
      !measureText(changes.signature, SIGNATURE_MAX).ok ||
      hasForbiddenCharacters(changes.signature)
    ) {
      throw new RangeError(`signature longer than ${SIGNATURE_MAX} characters or not text`);
    }
  }
  const updatedAt = now();
  const [saved] = await db
    .insert(communicationSettings)
    .values({ memberId, ...changes, updatedAt })
    .onConflictDoUpdate({ target: communicationSettings.memberId, set: { ...changes, updatedAt } })
    .returning();
  if (!saved) throw new Error("communication settings upsert returned nothing");
  return saved;
}
