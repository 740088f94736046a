import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkRead } from "@/components/live/mark-read";
import { TypingIndicator } from "@/components/live/typing-indicator";
import { InboxPane } from "@/components/messaging/inbox-pane";
import { MessageList } from "@/components/messaging/message-list";
import { QuickReplyForm } from "@/components/messaging/quick-reply-form";
import { ReplyForm } from "@/components/messaging/reply-form";
import { ThreadStateForm } from "@/components/messaging/thread-state-form";
import { PresenceDot } from "@/components/profile/presence-dot";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { isUuid } from "@/db/ids";
import { parseInboxFilter } from "@/db/queries/messaging";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { getThreadForMember, responseScore } from "@/db/queries/threads";
import { requireShell } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { searchText } from "@/lib/messaging/inbox-page";
import {
  archiveThreadAction,
  markThreadUnreadAction,
  unarchiveThreadAction,
} from "./state-actions";

type Props = {
  params: Promise<{ threadId: string }>;
  searchParams: Promise<{ q?: string; filter?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { member, shell } = await requireShell();
  const { threadId } = await params;
  const query = await searchParams;
  // Opened from a search, the list beside it stays that search.
  const q = searchText(query.q);
  if (!isUuid(threadId)) notFound();
  const db = await getDb();
  // Not a participant → the same 404 as a thread that does not exist.
  const view = await getThreadForMember(db, { memberId: member.id, threadId });
  if (!view) notFound();
  const { inmail, other } = view;
  const listFilter = q ? parseInboxFilter(query.filter) : view.thread.archived ? "archived" : "all";
  const policy = await getInmailPolicy(db);
  const receipts = view.receipts;
  const [senderScore] = await Promise.all([
    // The recipient of an InMail sees how often its sender's InMails get an answer, to judge
    // who writes to them (a campaign's InMail included).
    inmail && inmail.recipientId === member.id
      ? responseScore(db, {
          memberId: inmail.senderId,
          at: now(),
          windowDays: policy.responseScoreWindowDays,
        })
      : null,
  ]);
  const limits = compositionLimits(policy);
  const t = await getTranslations();
  const format = await getFormatter();
  const otherName = other?.name ?? "—";
  const latest = view.messages.at(-1);
  // "Seen": my last message, read by the other side, when both allow read receipts.
  const seen =
    receipts &&
    latest?.senderId === member.id &&
    other?.lastReadAt &&
    other.lastReadAt >= latest.createdAt
      ? other.lastReadAt
      : null;
  const iAmRecipient = inmail?.recipientId === member.id;
  const unanswered = inmail !== null && inmail.answeredAt === null;
  const sharedBy =
    inmail && (inmail.contactEmail || inmail.contactPhone)
      ? iAmRecipient
        ? otherName
        : member.name
      : null;

  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-4 lg:grid-cols-[24rem_minmax(0,1fr)] lg:items-start">
      {/* Split view on a wide screen: the list beside the open conversation. */}
      <div className="hidden lg:block">
        <InboxPane
          db={db}
          memberId={member.id}
          filter={listFilter}
          currentThreadId={view.thread.id}
          q={q}
          sponsoredWaiting={shell.sponsoredWaiting}
        />
      </div>
      <section aria-labelledby="thread-title" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link
            href="/messaging"
            className="text-sm font-semibold text-brand-700 hover:underline lg:invisible"
          >
            ← {t("inbox.back")}
          </Link>
          <div className="flex flex-wrap items-center gap-1">
            <ThreadStateForm
              action={markThreadUnreadAction}
              threadId={view.thread.id}
              label={t("inbox.markUnread")}
              pendingLabel={t("inbox.working")}
            />
            {view.thread.archived ? (
              <ThreadStateForm
                action={unarchiveThreadAction}
                threadId={view.thread.id}
                label={t("inbox.unarchive")}
                pendingLabel={t("inbox.working")}
              />
            ) : (
              <ThreadStateForm
                action={archiveThreadAction}
                threadId={view.thread.id}
                label={t("inbox.archive")}
                pendingLabel={t("inbox.working")}
              />
            )}
          </div>
        </div>
        {view.thread.archived && (
          <p role="status" className="text-sm text-slate-700">
            {t("inbox.isArchived")}
          </p>
        )}
        <Card>
          <CardHeader className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              {inmail && (
                <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                  {t("inbox.inmailLabel")} · {t(`categories.${inmail.category}`)}
                </span>
              )}
              {other ? (
                <Link
                  href={`/in/${other.handle}`}
                  className="inline-flex items-center gap-1.5 font-semibold hover:underline"
                >
                  {other.name}
                  {view.otherOnline && <PresenceDot label={t("inbox.activeNow")} />}
                </Link>
              ) : null}
            </div>
            <h1 id="thread-title" className="text-xl font-semibold">
              {view.thread.subject || t("messaging.with", { name: otherName })}
            </h1>
            {other && <p className="text-sm text-slate-600">{other.headline}</p>}
            {/* Below three InMails a rate says little about anyone. */}
            {senderScore && senderScore.score !== null && senderScore.sent >= 3 && (
              <p className="text-sm text-slate-600">
                {t("inbox.senderScore", {
                  name: otherName,
                  score: format.number(senderScore.score, {
                    style: "percent",
                    maximumFractionDigits: 0,
                  }),
                  days: policy.responseScoreWindowDays,
                })}
              </p>
            )}
          </CardHeader>
          <CardBody className="space-y-6">
            {sharedBy && inmail && (
              <section className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
                <h2 className="font-semibold">{t("inbox.contactDetails", { name: sharedBy })}</h2>
                <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2">
                  {inmail.contactEmail && (
                    <>
                      <dt className="text-slate-600">{t("inbox.email")}</dt>
                      <dd>
                        <a
                          href={`mailto:${inmail.contactEmail}`}
                          className="text-brand-700 underline"
                        >
                          {inmail.contactEmail}
                        </a>
                      </dd>
                    </>
                  )}
                  {inmail.contactPhone && (
                    <>
                      <dt className="text-slate-600">{t("inbox.phone")}</dt>
                      <dd>
                        <a
                          href={`tel:${inmail.contactPhone.replace(/[^\d+]/g, "")}`}
                          className="text-brand-700 underline"
                        >
                          {inmail.contactPhone}
                        </a>
                      </dd>
                    </>
                  )}
                </dl>
              </section>
            )}
            {inmail && !iAmRecipient && (inmail.answerEmail || inmail.answerPhone) && (
              <section className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm">
                <h2 className="font-semibold">{t("inbox.answerDetails", { name: otherName })}</h2>
                <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2">
                  {inmail.answerEmail && (
                    <>
                      <dt className="text-slate-600">{t("inbox.email")}</dt>
                      <dd className="min-w-0 break-words">
                        <a
                          href={`mailto:${inmail.answerEmail}`}
                          className="text-brand-700 underline"
                        >
                          {inmail.answerEmail}
                        </a>
                      </dd>
                    </>
                  )}
                  {inmail.answerPhone && (
                    <>
                      <dt className="text-slate-600">{t("inbox.phone")}</dt>
                      <dd>
                        <a
                          href={`tel:${inmail.answerPhone.replace(/[^\d+]/g, "")}`}
                          className="text-brand-700 underline"
                        >
                          {inmail.answerPhone}
                        </a>
                      </dd>
                    </>
                  )}
                </dl>
              </section>
            )}
            <MessageList
              view={view}
              memberId={member.id}
              memberName={member.name}
              memberPhotoId={member.photoId}
              labels={{
                showEarlier: t("inbox.showEarlier"),
                loading: t("inbox.loadingMore"),
                failed: t("inbox.loadFailed"),
              }}
            />
            {seen && (
              <p className="text-right text-xs text-slate-600">
                {t("inbox.seen", {
                  when: format.dateTime(seen, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            )}
            {other && receipts && <TypingIndicator threadId={threadId} name={other.name} />}
            {latest && <MarkRead threadId={threadId} latestMessageId={latest.id} />}
          </CardBody>
        </Card>

        {unanswered && iAmRecipient && inmail?.reminderSentAt && (
          <p
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            {t("inbox.reminder", {
              name: otherName,
              days: Math.max(
                1,
                Math.floor(
                  (inmail.reminderSentAt.getTime() - inmail.sentAt.getTime()) / 86_400_000,
                ),
              ),
            })}
          </p>
        )}
        {unanswered && iAmRecipient && (
          <Card>
            <CardBody className="space-y-2">
              <h2 className="text-lg font-semibold">{t("inbox.answerTitle")}</h2>
              <p className="text-sm text-slate-600">{t("inbox.answerHint", { name: otherName })}</p>
              <QuickReplyForm
                threadId={threadId}
                memberEmail={member.email}
                senderName={otherName}
                noteMax={limits.quickReplyNoteMaxCharacters}
              />
            </CardBody>
          </Card>
        )}
        {unanswered && !iAmRecipient && inmail ? (
          <p
            role="status"
            className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-slate-800"
          >
            {inmail.status === "refunded"
              ? t("inbox.status.refunded")
              : inmail.free
                ? t("privacy.openProfile.awaitingFree", { name: otherName })
                : t("inbox.awaitingAnswer", {
                    name: otherName,
                    date: format.dateTime(inmail.refundDueAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                  })}
          </p>
        ) : (
          <Card>
            <CardBody>
              <ReplyForm
                threadId={threadId}
                label={t("inbox.replyLabel")}
                maxCharacters={limits.messageMaxCharacters}
                submitLabel={t("inbox.send")}
                pendingLabel={t("inbox.sending")}
                otherName={otherName}
              />
            </CardBody>
          </Card>
        )}
      </section>
    </div>
  );
}
