import { Mail } from "lucide";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import type { listReceivedInvitations, listSentInvitations } from "@/db/queries/invitations";
import { NetworkRow } from "./network-row";
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
                <NetworkRow
                  key={invitation.id}
                  member={invitation.member}
                  details={
                    <>
                      {invitation.note ? (
                        <p className="my-1 whitespace-pre-line rounded-md bg-slate-50 px-2 py-1 text-sm text-slate-800">
                          {t("note", { note: invitation.note })}
                        </p>
                      ) : null}
                      <p className="text-xs text-slate-600">
                        {t("receivedOn", { date: date(invitation.createdAt) })}
                      </p>
                    </>
                  }
                  actions={
                    <ReceivedInvitationButtons
                      invitationId={invitation.id}
                      name={invitation.member.name}
                    />
                  }
                />
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
                  <NetworkRow
                    key={invitation.id}
                    member={invitation.member}
                    details={
                      <p className="text-xs text-slate-600">
                        {t("sentOn", { date: date(invitation.createdAt) })}
                      </p>
                    }
                    actions={
                      <WithdrawInvitationButton
                        invitationId={invitation.id}
                        name={invitation.member.name}
                      />
                    }
                  />
                ) : (
                  <NetworkRow
                    key={invitation.id}
                    avatar={
                      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-600">
                        <Icon node={Mail} className="size-5" />
                      </span>
                    }
                    title={
                      <p className="truncate font-semibold text-slate-900">{invitation.email}</p>
                    }
                    details={
                      <p className="text-xs text-slate-600">
                        {t("emailWaiting", { date: date(invitation.createdAt) })}
                      </p>
                    }
                    actions={
                      <WithdrawInvitationButton
                        invitationId={invitation.id}
                        name={invitation.email ?? ""}
                      />
                    }
                  />
                ),
              )}
            </ul>
          )}
        </CardBody>
      </Card>
    </>
  );
}
