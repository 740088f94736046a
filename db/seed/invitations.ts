import type { NewInvitation } from "../schema";
import type { SeedNetwork } from "./network";
import type { SeedMember } from "./profiles";
import type { Random } from "./random";

const DAY_MS = 86_400_000;

/** Short notes in the inviter's language; an empty note is as common as a written one. */
const NOTES: Record<SeedMember["locale"], readonly string[]> = {
  en: [
    "Hi {name}, we met at the industry meetup last month. Happy to stay in touch!",
    "Hello {name}, I enjoyed your post about {industry}. Let's connect.",
    "Hi {name}, we have several contacts in common. Would be glad to connect.",
  ],
  de: [
    "Hallo {name}, wir haben uns beim Branchentreffen kennengelernt. Gerne in Kontakt bleiben!",
    "Hallo {name}, Ihr Beitrag zu {industry} hat mir gefallen. Lassen Sie uns vernetzen.",
  ],
  it: [
    "Ciao {name}, ci siamo conosciuti all'evento del mese scorso. Restiamo in contatto!",
    "Buongiorno {name}, ho apprezzato il suo intervento su {industry}. Colleghiamoci.",
  ],
};

/**
 * Pending invitations between 2nd-degree members, so "My Network" has something to act on: a
 * few percent of members invite someone two steps away. Sophie (premium) receives two and has
 * sent one, Marco (basic) receives one — never from or to another demo account, so the demo
 * accounts' relations stay as the README describes them. No pair gets two pending invitations,
 * and nobody invites someone they block or who blocks them.
 */
export function generateInvitations(
  random: Random,
  members: readonly SeedMember[],
  network: SeedNetwork,
  at: Date,
): NewInvitation[] {
  const { graph, isBlocked } = network;
  const rows: NewInvitation[] = [];
  const pairs = new Set<string>();
  const isDemo = (i: number) => members[i]?.demo !== undefined;

  /** A member two steps from `i` (not `i`, not connected, no demo account), or undefined. */
  const secondDegree = (i: number): number | undefined => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const friends = graph.neighborsOf(i);
      if (friends.length === 0) return undefined;
      const candidates = graph.neighborsOf(random.pick(friends));
      if (candidates.length === 0) continue;
      const j = random.pick(candidates);
      if (j === i || isDemo(j) || graph.has(i, j) || isBlocked(i, j)) continue;
      if (pairs.has(`${Math.min(i, j)}:${Math.max(i, j)}`)) continue;
      return j;
    }
    return undefined;
  };

  const invite = (inviter: number, invitee: number) => {
    pairs.add(`${Math.min(inviter, invitee)}:${Math.max(inviter, invitee)}`);
    const from = members[inviter] as SeedMember;
    const to = members[invitee] as SeedMember;
    const note = random.chance(0.5)
      ? random
          .pick(NOTES[from.locale])
          .replace("{name}", to.firstName)
          .replace("{industry}", to.industryName)
      : "";
    rows.push({
      inviterId: from.id,
      inviteeId: to.id,
      note,
      status: "pending",
      createdAt: new Date(at.getTime() - random.int(1, 20 * 24) * (DAY_MS / 24)),
    });
  };

  const demo = (key: NonNullable<SeedMember["demo"]>) => members.find((m) => m.demo === key);
  const sophie = demo("premium");
  const marco = demo("basic");
  if (sophie) {
    for (let n = 0; n < 2; n++) {
      const from = secondDegree(sophie.index);
      if (from !== undefined) invite(from, sophie.index);
    }
    const to = secondDegree(sophie.index);
    if (to !== undefined) invite(sophie.index, to);
  }
  if (marco) {
    const from = secondDegree(marco.index);
    if (from !== undefined) invite(from, marco.index);
  }

  for (const m of members) {
    if (m.demo || m.newcomer || !random.chance(0.03)) continue;
    const to = secondDegree(m.index);
    if (to !== undefined) invite(m.index, to);
  }
  return rows;
}
