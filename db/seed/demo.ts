import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import type { Executor } from "../client";
import {
  blocks,
  communicationSettings,
  connections,
  creditGrants,
  creditLedgerEntries,
  inmails,
  invitations,
  members as membersTable,
  messages,
  subscriptions,
  threadParticipants,
  threads,
} from "../schema";
import { CreditBook } from "./credits";
import { DEMO_PASSWORD } from "./demo-accounts";
import { insertInBatches, insertRows } from "./insert";
import { generateInvitations } from "./invitations";
import { buildNetwork } from "./network";
import { upsertPlans } from "./plans";
import { generateMembers, type SeedMember } from "./profiles";
import { createRandom } from "./random";
import { connectedAt, memberRow, settingsRow } from "./rows";
import { generateThreads } from "./threads";

export const DEFAULT_SEED_MEMBERS = 300;
export const DEFAULT_SEED = 20_260_101;

export interface SeedOptions {
  /** Members in all, demo accounts included (at least 50). */
  members?: number;
  /** The PRNG seed: the same seed gives the same names, graph and choices. */
  seed?: number;
  onProgress?: (message: string) => void;
}

export interface SeedSummary {
  members: number;
  connections: number;
  blocks: number;
  subscriptions: number;
  creditGrants: number;
  ledgerEntries: number;
  threads: number;
  messages: number;
  inmails: number;
  invitations: number;
}

/**
 * Writes the demo data set in one transaction: plans, members with settings, the connection
 * graph, blocks, subscriptions with their credit grants and ledger, and ~40 threads. The caller
 * checks that the database is empty (emails and handles are unique).
 */
export async function seedDemoData(db: Executor, options: SeedOptions = {}): Promise<SeedSummary> {
  const progress = options.onProgress ?? (() => {});
  const count = Math.max(50, options.members ?? DEFAULT_SEED_MEMBERS);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const at = now();
  // One argon2 hash (~50 ms) shared by every seeded member: they all have the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const members = generateMembers(random, count, at);
  const network = buildNetwork(random, members);
  const book = new CreditBook(at);
  for (const m of members) book.subscribe(m);
  const inbox = generateThreads(random, members, network.graph, network.isBlocked, book, at);
  // After everything else, so adding invitations left the rest of the data set unchanged.
  const pendingInvitations = generateInvitations(random, members, network, at);
  progress(`generated ${count} members and ${network.graph.pairCount} connections in memory`);

  return db.transaction(async (tx) => {
    await upsertPlans(tx);
    await insertInBatches(
      tx,
      membersTable,
      count,
      (start, end) => members.slice(start, end).map((m) => memberRow(m, passwordHash)),
      tenths(count, (done) => progress(`members ${done}/${count}`)),
    );
    await insertInBatches(tx, communicationSettings, count, (start, end) =>
      members.slice(start, end).map((m) => settingsRow(m, at)),
    );

    const { graph } = network;
    const rows = graph.pairCount * 2;
    await insertInBatches(
      tx,
      connections,
      rows,
      (start, end) => {
        const batch = [];
        for (let r = start; r < end; r++) {
          const pair = r >> 1;
          const [from, to] =
            r % 2 === 0 ? [graph.a[pair], graph.b[pair]] : [graph.b[pair], graph.a[pair]];
          const x = members[from as number] as SeedMember;
          const y = members[to as number] as SeedMember;
          batch.push({
            memberId: x.id,
            connectedMemberId: y.id,
            createdAt: connectedAt(x, y, at, pair),
          });
        }
        return batch;
      },
      tenths(rows, (done) => progress(`connection rows ${done}/${rows}`)),
    );
    await insertRows(
      tx,
      blocks,
      network.blocks.map(([blocker, blocked]) => ({
        blockerId: (members[blocker] as SeedMember).id,
        blockedId: (members[blocked] as SeedMember).id,
        createdAt: at,
      })),
    );

    await insertRows(tx, subscriptions, book.subscriptions);
    await insertRows(tx, creditGrants, book.grants);
    await insertRows(tx, creditLedgerEntries, book.ledger);
    await insertRows(tx, threads, inbox.threads);
    await insertRows(tx, threadParticipants, inbox.participants);
    await insertRows(tx, messages, inbox.messages);
    await insertRows(tx, inmails, inbox.inmails);
    await insertRows(tx, invitations, pendingInvitations);
    // A sponsored audience must have a minimum size (the migration's 300, LinkedIn's number).
    // A small demo data set could never reach it, so it is brought down to a tenth of the
    // members (30 of the default 300) — never raised, and left alone for 3,000 members and more.
    await tx.execute(
      sql`update sponsored_policy
          set min_audience_size = least(min_audience_size, greatest(10, ${Math.floor(count / 10)}::int))`,
    );
    progress("credits and threads written");
    return {
      members: count,
      connections: rows,
      blocks: network.blocks.length,
      subscriptions: book.subscriptions.length,
      creditGrants: book.grants.length,
      ledgerEntries: book.ledger.length,
      threads: inbox.threads.length,
      messages: inbox.messages.length,
      inmails: inbox.inmails.length,
      invitations: pendingInvitations.length,
    };
  });
}

/** Calls `report` each time another tenth of `total` is done (and at the end). */
function tenths(total: number, report: (done: number) => void): (done: number) => void {
  let reported = 0;
  return (done) => {
    if (done === total || Math.floor((done * 10) / total) > Math.floor((reported * 10) / total)) {
      reported = done;
      report(done);
    }
  };
}
