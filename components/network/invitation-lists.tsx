import { Mail } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { MemberLinkRow } from "@/components/profile/member-link-row";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { listReceivedInvitations, listSentInvitations } from "@/db/queries/invitations";
import { ReceivedInvitationButtons, WithdrawInvitationButton } from "./respond-buttons";

type Received = Awaited<ReturnType<typeof listReceivedInvitations>>;
type Sent = Awaited<ReturnType<typeof listSentInvitations>>;

/** Pending invitations: received (accept / ignore, with the note) and sent (withdraw). */
export async function InvitationLists({ received, sent }: { received: Received; sent: Sent }) {
  const t = await getTranslations("invitations");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <>
      <Card aria-labelledby="invitations-received">
        <CardHeader>
          <h2 id="invitations-received" className="text-lg font-semibold">
            {t("receivedHeading", { count: received.length })}
          </h2>
        </CardHeader>
        <CardBody className="py-1">
          {received.length === 0 ? (
            <p className="py-3 text-sm text-slate-600">{t("receivedEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {received.map((invitation) => (
                <MemberLinkRow
                  key={invitation.id}
                  member={invitation.member}
                  note={
                    <>
                      {invitation.note ? (
                        <span className="mb-1 block whitespace-pre-line rounded-md bg-slate-50 px-2 py-1 text-sm text-slate-800">
                          {t("note", { note: invitation.note })}
                        </span>
                      ) : null}
                      {t("receivedOn", { date: date(invitation.createdAt) })}
                    </>
                  }
                >
                  <ReceivedInvitationButtons
                    invitationId={invitation.id}
                    name={invitation.member.name}
                  />
                </MemberLinkRow>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <Card aria-labelledby="invitations-sent">
        <CardHeader>
          <h2 id="invitations-sent" className="text-lg font-semibold">
            {t("sentHeading", { count: sent.length })}
          </h2>
        </CardHeader>
        <CardBody className="py-1">
          {sent.length === 0 ? (
            <p className="py-3 text-sm text-slate-600">{t("sentEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {sent.map((invitation) =>
                invitation.member?.id ? (
                  <MemberLinkRow
                    key={invitation.id}
                    member={invitation.member}
                    note={t("sentOn", { date: date(invitation.createdAt) })}
                  >
                    <WithdrawInvitationButton
                      invitationId={invitation.id}
                      name={invitation.member.name}
                    />
                  </MemberLinkRow>
                ) : (
                  <li key={invitation.id} className="flex items-center gap-3 py-3">
                    <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-600">
                      <Mail className="size-5" aria-hidden="true" />
                    </span>
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-semibold text-slate-900">{invitation.email}</p>
                      <p className="text-xs text-slate-600">
                        {t("emailWaiting", { date: date(invitation.createdAt) })}
                      </p>
                    </div>
                    <WithdrawInvitationButton
                      invitationId={invitation.id}
                      name={invitation.email ?? ""}
                    />
                  </li>
                ),
              )}
            </ul>
          )}
        </CardBody>
      </Card>
    </>
  );
}
