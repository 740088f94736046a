"use client";

import { Clock, UserPlus } from "lucide";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptInvitationAction, inviteMemberAction } from "@/app/(app)/network/actions";
import { CharacterCount } from "@/components/messaging/character-count";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Icon } from "@/components/ui/icon";
import { Textarea } from "@/components/ui/textarea";
import type { InvitationState } from "@/db/queries/invitations";
import { liveCount, NOTE_MAX, normalizeNote } from "@/lib/text/fields";
import { useMemberAction } from "./use-member-action";

/**
 * "Connect" (with an optional note in a dialog), "Pending" or "Accept", depending on where the
 * viewer stands with the member. Reusable wherever a member is shown (profile, search results).
 */
export function ConnectButton({
  memberId,
  name,
  state,
  size = "md",
}: {
  memberId: string;
  name: string;
  state: InvitationState;
  size?: "sm" | "md";
}) {
  const t = useTranslations("invitations");
  const tAll = useTranslations() as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const invite = useMemberAction(inviteMemberAction);
  const accept = useMemberAction(acceptInvitationAction);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const failed = invite.state && !invite.state.ok ? invite.state : null;
  const acceptFailed = accept.state && !accept.state.ok ? accept.state : null;
  const { used } = liveCount(normalizeNote(note), NOTE_MAX);
  const noteError = failed?.fieldErrors?.note;

  const status = (
    <p role="status" aria-live="polite" className="text-sm text-slate-700">
      {done ??
        (acceptFailed?.formError
          ? tAll(acceptFailed.formError, acceptFailed.formErrorValues)
          : !open && failed?.formError
            ? tAll(failed.formError, failed.formErrorValues)
            : null)}
    </p>
  );

  if (state.kind === "connected") return status;
  if (state.kind === "sent") {
    return (
      <div className="flex flex-col items-start gap-1">
        <Button
          variant="secondary"
          size={size}
          disabled
          aria-label={t("connect.pendingLabel", { name })}
        >
          <Icon node={Clock} className="size-4" />
          {t("connect.pending")}
        </Button>
        {status}
      </div>
    );
  }
  if (state.kind === "received") {
    return (
      <div className="flex flex-col items-start gap-1">
        <Button
          size={size}
          disabled={accept.pending}
          aria-label={t("connect.acceptLabel", { name })}
          onClick={() =>
            accept.run({ invitationId: state.invitationId }, (r) => {
              if (r?.ok) setDone(t("connect.connected", { name }));
            })
          }
        >
          {accept.pending ? t("connect.sending") : t("connect.accept")}
        </Button>
        {status}
      </div>
    );
  }

  function send() {
    invite.run({ inviteeId: memberId, note }, (r) => {
      if (r?.ok) {
        setOpen(false);
        setNote("");
        const outcome = r.data?.outcome;
        setDone(
          outcome === "connected"
            ? t("connect.connected", { name })
            : t("connect.invited", { name }),
        );
      } else if (r && !r.ok && r.formError) {
        setOpen(false);
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        size={size}
        aria-haspopup="dialog"
        aria-label={t("connect.label", { name })}
        onClick={() => {
          invite.reset();
          setOpen(true);
        }}
      >
        <Icon node={UserPlus} className="size-4" />
        {t("connect.button")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTitle>{t("connect.dialogTitle", { name })}</DialogTitle>
        <DialogDescription>{t("connect.dialogText", { name })}</DialogDescription>
        <FormField
          id={`connect-note-${memberId}`}
          label={t("connect.note")}
          error={noteError ? tAll(noteError, { max: NOTE_MAX }) : undefined}
        >
          {(aria) => (
            <Textarea
              {...aria}
              aria-describedby={[aria["aria-describedby"], `connect-count-${memberId}`]
                .filter(Boolean)
                .join(" ")}
              rows={4}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        <CharacterCount id={`connect-count-${memberId}`} used={used} max={NOTE_MAX} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("connect.cancel")}
          </Button>
          <Button disabled={invite.pending || used > NOTE_MAX} onClick={send}>
            {invite.pending ? t("connect.sending") : t("connect.send")}
          </Button>
        </div>
      </Dialog>
      {status}
    </div>
  );
}
