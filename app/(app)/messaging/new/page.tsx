import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComposeInmailForm } from "@/components/messaging/compose-inmail-form";
import { ComposeSummary } from "@/components/messaging/compose-summary";
import { MessageForm } from "@/components/messaging/message-form";
import { OpenProfileNotice } from "@/components/messaging/open-profile-notice";
import { RecipientCard } from "@/components/messaging/recipient-card";
import { RecipientPicker } from "@/components/messaging/recipient-picker";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { suggestRecipients } from "@/db/queries/recipients";
import { requireMember } from "@/lib/auth/session";
import { loadComposeContext } from "@/lib/messaging/compose-context";
import { reachOf } from "@/lib/messaging/reach";
import { sendMessageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compose"))("title") };
}

export default async function ComposePage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string; q?: string }>;
}) {
  const member = await requireMember();
  const { to, q } = await searchParams;
  // No recipient yet: the "To" box, with suggestions for what has been typed.
  if (to === undefined) {
    const typed = typeof q === "string" ? q.slice(0, 100) : "";
    const db = await getDb();
    const found = await suggestRecipients(db, { viewerId: member.id, q: typed });
    const reach = await reachOf(db, { senderId: member.id, recipientIds: found.map((m) => m.id) });
    return (
      <RecipientPicker
        q={typed.trim()}
        suggestions={found.map((m) => ({
          member: m,
          reach: reach.get(m.id) ?? { kind: "refused", reason: "recipient_not_found" },
        }))}
      />
    );
  }
  if (typeof to !== "string" || to.length > 100) notFound();
  const context = await loadComposeContext(await getDb(), { senderId: member.id, handle: to });
  if (!context) notFound();
  const t = await getTranslations("compose");
  const tPrivacy = await getTranslations("privacy");
  const tRefusals = await getTranslations("refusals");
  const { recipient } = context;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card>
        <CardBody className="space-y-5 p-5 sm:p-6">
          {context.mode === "message" ? (
            <>
              <h1 className="text-2xl font-semibold">
                {t("messageTitle", { name: recipient.name })}
              </h1>
              <p className="text-sm text-slate-600">{t("messageFree")}</p>
              {context.conversationId && (
                <Link
                  href={`/messaging/${context.conversationId}`}
                  className="text-sm font-semibold text-brand-700 underline"
                >
                  {t("openThread")}
                </Link>
              )}
              <MessageForm
                action={sendMessageAction}
                hidden={{ recipientId: recipient.id }}
                label={t("body")}
                maxCharacters={context.limits.messageMaxCharacters}
                submitLabel={t("sendMessage")}
                pendingLabel={t("sending")}
                otherName={recipient.name}
                rows={8}
              />
            </>
          ) : context.mode === "refused" ? (
            <div className="space-y-4">
              <h1 className="text-2xl font-semibold">
                {t("refusedTitle", { name: recipient.name })}
              </h1>
              <FormMessage tone="error">
                {tRefusals(context.reason, { name: recipient.name })}
              </FormMessage>
              {context.reason === "no_credits" && (
                <Link href="/premium" className={buttonVariants()}>
                  {t("buyCredits")}
                </Link>
              )}
              {context.reason === "awaiting_answer" && context.pendingThreadId && (
                <Link
                  href={`/messaging/${context.pendingThreadId}`}
                  className={buttonVariants({ variant: "secondary" })}
                >
                  {t("openThread")}
                </Link>
              )}
            </div>
          ) : (
            <>
              <h1 className="text-2xl font-semibold">
                {context.free ? t("messageTitle", { name: recipient.name }) : t("title")}
              </h1>
              <ComposeInmailForm
                recipient={{
                  id: recipient.id,
                  name: recipient.name,
                  interests: recipient.interests,
                }}
                limits={context.limits}
                signature={context.signature}
                idempotencyKey={context.idempotencyKey}
                submitLabel={context.free ? tPrivacy("openProfile.send") : undefined}
              >
                {context.free ? (
                  <OpenProfileNotice name={recipient.name} />
                ) : (
                  <ComposeSummary
                    credits={context.credits}
                    recipientName={recipient.name}
                    refundAfterDays={context.policy.refundAfterDays}
                    score={context.score}
                    windowDays={context.policy.responseScoreWindowDays}
                  />
                )}
              </ComposeInmailForm>
            </>
          )}
        </CardBody>
      </Card>
      <aside className="order-first space-y-4 lg:order-none">
        <RecipientCard recipient={recipient} showInterests={context.mode !== "message"} />
      </aside>
    </div>
  );
}
