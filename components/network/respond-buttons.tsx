"use client";

import { useTranslations } from "next-intl";
import {
  acceptInvitationAction,
  ignoreInvitationAction,
  withdrawInvitationAction,
} from "@/app/(app)/network/actions";
import { Button } from "@/components/ui/button";
import { useMemberAction } from "./use-member-action";

function ErrorText({ message }: { message?: string }) {
  return (
    <p role="status" aria-live="polite" className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

/** Accept / Ignore for a received invitation. */
export function ReceivedInvitationButtons({
  invitationId,
  name,
}: {
  invitationId: string;
  name: string;
}) {
  const t = useTranslations("invitations");
  const tAll = useTranslations() as unknown as (key: string) => string;
  const accept = useMemberAction(acceptInvitationAction);
  const ignore = useMemberAction(ignoreInvitationAction);
  const failed = [accept.state, ignore.state].find((s) => s && !s.ok);
  const pending = accept.pending || ignore.pending;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        <Button
          variant="ghost"
          size="sm"
          disabled={pending}
          aria-label={t("ignoreLabel", { name })}
          onClick={() => ignore.run({ invitationId })}
        >
          {ignore.pending ? t("working") : t("ignore")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          aria-label={t("acceptLabel", { name })}
          onClick={() => accept.run({ invitationId })}
        >
          {accept.pending ? t("working") : t("accept")}
        </Button>
      </div>
      <ErrorText
        message={failed && !failed.ok && failed.formError ? tAll(failed.formError) : undefined}
      />
    </div>
  );
}

/** Withdraw for a sent invitation (to a member or an email address). */
export function WithdrawInvitationButton({
  invitationId,
  name,
}: {
  invitationId: string;
  name: string;
}) {
  const t = useTranslations("invitations");
  const tAll = useTranslations() as unknown as (key: string) => string;
  const withdraw = useMemberAction(withdrawInvitationAction);
  const failed = withdraw.state && !withdraw.state.ok ? withdraw.state : null;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={withdraw.pending}
        aria-label={t("withdrawLabel", { name })}
        onClick={() => withdraw.run({ invitationId })}
      >
        {withdraw.pending ? t("working") : t("withdraw")}
      </Button>
      <ErrorText message={failed?.formError ? tAll(failed.formError) : undefined} />
    </div>
  );
}
