import { randomUUID } from "node:crypto";
import { addDays, HOUR, MINUTE } from "@/lib/clock";
import type { NewInmail, NewMessage, NewThread } from "../schema";
import type { InmailCategory } from "../schema/enums";
import type { CreditBook } from "./credits";
import type { ConnectionGraph } from "./graph";
import type { SeedMember } from "./profiles";
import type { Random } from "./random";
import { CHAT } from "./texts-chat";
import { fillText, INMAIL_TEXTS, type Lang } from "./texts-inmail";

export type SeedInmailStatus = "awaiting_answer" | "answered" | "declined" | "refunded";

interface Participant {
  threadId: string;
  memberId: string;
  threadKind: "message" | "inmail";
  lastMessageAt: Date;
  lastReadAt: Date | null;
}

/** Writes threads in memory, keeping the InMail rules: no InMail to connections, blocked or
 * opted-out members, one awaiting InMail per pair, a credit spent per paid InMail. */
export class ThreadBuilder {
  readonly threads: (NewThread & { id: string })[] = [];
  readonly participants: Participant[] = [];
  readonly messages: NewMessage[] = [];
  readonly inmails: NewInmail[] = [];
  private readonly pairs = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly members: readonly SeedMember[],
    private readonly graph: ConnectionGraph,
    private readonly isBlocked: (i: number, j: number) => boolean,
    private readonly book: CreditBook,
    private readonly at: Date,
  ) {}

  private member(index: number): SeedMember {
    const found = this.members[index];
    if (!found) throw new Error(`no seed member ${index}`);
    return found;
  }

  private lang(a: SeedMember, b: SeedMember): Lang {
    return a.locale === b.locale ? a.locale : "en";
  }

  /** A pair gets one seeded thread at most, so inboxes do not repeat themselves. */
  private pairKey(i: number, j: number): string {
    return i < j ? `${i}:${j}` : `${j}:${i}`;
  }

  canMessage(i: number, j: number): boolean {
    return i !== j && this.graph.has(i, j) && !this.pairs.has(this.pairKey(i, j));
  }

  canInmail(sender: number, recipient: number): boolean {
    const to = this.member(recipient);
    return (
      sender !== recipient &&
      !this.graph.has(sender, recipient) &&
      !this.isBlocked(sender, recipient) &&
      to.acceptsInmail &&
      !to.newcomer &&
      !this.pairs.has(this.pairKey(sender, recipient))
    );
  }

  /** A conversation between two connections; `unreadBy` has not seen the last message. */
  message(from: number, to: number, daysAgo: number, count: number, unreadBy?: number): boolean {
    if (!this.canMessage(from, to)) return false;
    this.pairs.add(this.pairKey(from, to));
    const a = this.member(from);
    const b = this.member(to);
    const lines = CHAT[this.lang(a, b)];
    const threadId = randomUUID();
    let time = addDays(this.at, -daysAgo);
    const sent: { sender: SeedMember; at: Date }[] = [];
    for (let n = 0; n < count; n++) {
      const sender = n % 2 === 0 ? a : b;
      const body = this.random.pick(n % 2 === 0 ? lines.openers : lines.replies);
      this.messages.push({ threadId, senderId: sender.id, body, createdAt: time });
      sent.push({ sender, at: time });
      time = this.later(time, 10 * MINUTE, 20 * HOUR);
    }
    this.addThread(
      threadId,
      { kind: "message", subject: "", createdBy: a, other: b },
      sent,
      unreadBy,
    );
    return true;
  }

  /** One InMail and what followed; false (and nothing written) if the rules forbid it. */
  inmail(
    from: number,
    to: number,
    category: InmailCategory,
    status: SeedInmailStatus,
    sentAt: Date,
    options: { readByRecipient?: boolean } = {},
  ): boolean {
    if (!this.canInmail(from, to)) return false;
    const sender = this.member(from);
    const recipient = this.member(to);
    const inmailId = randomUUID();
    // Open Profile InMails cost nothing, so there is nothing to refund either.
    const free = recipient.openProfile;
    if (free && status === "refunded") return false;
    if (!free && !this.book.spend(sender.id, sentAt, inmailId)) return false;
    this.pairs.add(this.pairKey(from, to));

    const lang = this.lang(sender, recipient);
    const text = INMAIL_TEXTS[lang][category];
    const values = {
      first: recipient.firstName,
      sender: sender.name,
      company: recipient.company,
      senderCompany: sender.company,
    };
    const body = fillText(text.body, values) + (sender.signature ? `\n\n${sender.signature}` : "");
    const threadId = randomUUID();
    const sent = [{ sender, at: sentAt }];
    this.messages.push({ threadId, senderId: sender.id, body, createdAt: sentAt });

    const refundDueAt = addDays(sentAt, 7);
    let answeredAt: Date | null = null;
    let refundedAt: Date | null = null;
    if (status === "answered" || status === "declined") {
      answeredAt = this.later(sentAt, 2 * HOUR, 4 * 24 * HOUR);
      const lines = CHAT[lang];
      const quick =
        status === "declined" ? "not_interested" : this.random.chance(0.3) ? "interested" : "text";
      const reply =
        quick === "not_interested"
          ? this.random.pick(lines.declined)
          : quick === "interested"
            ? this.random.pick(lines.interested)
            : this.random.pick(lines.answers);
      this.messages.push({
        threadId,
        senderId: recipient.id,
        kind: quick,
        body: reply,
        createdAt: answeredAt,
      });
      sent.push({ sender: recipient, at: answeredAt });
    } else if (status === "refunded") {
      refundedAt = refundDueAt;
      this.book.refund(sender.id, refundedAt, inmailId);
    }
    const remindAt = addDays(sentAt, 3);
    const reminded = remindAt < this.at && (answeredAt === null || answeredAt > remindAt);
    this.inmails.push({
      id: inmailId,
      threadId,
      senderId: sender.id,
      recipientId: recipient.id,
      category,
      status,
      contactEmail: this.random.chance(0.3) ? sender.email : null,
      sentAt,
      refundDueAt,
      answeredAt,
      refundedAt,
      reminderSentAt: reminded ? remindAt : null,
      free,
      idempotencyKey: `seed-${inmailId}`,
    });
    const unread = status === "awaiting_answer" || status === "refunded";
    this.addThread(
      threadId,
      {
        kind: "inmail",
        subject: fillText(text.subject, values),
        createdBy: sender,
        other: recipient,
      },
      sent,
      unread && !options.readByRecipient ? to : undefined,
    );
    return true;
  }

  /** A moment after `time` (by min…max), never in the future. */
  private later(time: Date, min: number, max: number): Date {
    const next = time.getTime() + min + Math.floor(this.random.next() * (max - min));
    return new Date(Math.max(time.getTime(), Math.min(next, this.at.getTime() - MINUTE)));
  }

  /** Both sides take part; everyone has read everything except `unreadBy`'s last unseen part. */
  private addThread(
    threadId: string,
    head: { kind: "message" | "inmail"; subject: string; createdBy: SeedMember; other: SeedMember },
    sent: { sender: SeedMember; at: Date }[],
    unreadBy?: number,
  ): void {
    const first = sent[0];
    const last = sent[sent.length - 1];
    if (!first || !last) throw new Error("a thread needs a message");
    this.threads.push({
      id: threadId,
      kind: head.kind,
      subject: head.subject,
      createdById: head.createdBy.id,
      createdAt: first.at,
      lastMessageAt: last.at,
    });
    for (const member of [head.createdBy, head.other]) {
      const ownLast = sent.filter((s) => s.sender === member).at(-1)?.at ?? null;
      const lastReadAt =
        member.index === unreadBy
          ? ownLast
          : last.sender === member
            ? last.at
            : this.later(last.at, MINUTE, 6 * HOUR);
      this.participants.push({
        threadId,
        memberId: member.id,
        threadKind: head.kind,
        lastMessageAt: last.at,
        lastReadAt,
      });
    }
  }
}
