"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeCampaignAction, launchCampaignAction } from "@/app/(app)/recruiting/actions";
import { useMemberAction } from "@/components/network/use-member-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Launch, pause, resume and cancel, as the campaign's status allows. */
export function CampaignControls({
  campaignId,
  status,
}: {
  campaignId: string;
  status: "draft" | "sending" | "paused" | "needs_credits" | "completed" | "cancelled";
}) {
  const t = useTranslations("recruiting.campaign");
  const tAll = useTranslations() as unknown as Translate;
  const launch = useMemberAction(launchCampaignAction);
  const change = useMemberAction(changeCampaignAction);
  const [confirming, setConfirming] = useState(false);
  const failed = [launch.state, change.state].find((s) => s && !s.ok);
  const busy = launch.pending || change.pending;
  return (
    <div className="space-y-2">
      <FormMessage tone="error">
        {failed && !failed.ok && failed.formError ? tAll(failed.formError) : undefined}
      </FormMessage>
      <div className="flex flex-wrap gap-2">
        {status === "draft" && (
          <Button disabled={busy} onClick={() => launch.run({ campaignId })}>
            {launch.pending ? t("launching") : t("launch")}
          </Button>
        )}
        {(status === "sending" || status === "needs_credits") && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => change.run({ campaignId, change: "pause" })}
          >
            {t("pause")}
          </Button>
        )}
        {(status === "paused" || status === "needs_credits") && (
          <Button disabled={busy} onClick={() => change.run({ campaignId, change: "resume" })}>
            {t("resume")}
          </Button>
        )}
        {status !== "completed" && status !== "cancelled" && (
          <Button
            variant="ghost"
            aria-haspopup="dialog"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t("cancel")}
          </Button>
        )}
      </div>
      <Dialog open={confirming} onOpenChange={(next) => !busy && setConfirming(next)} alert>
        <DialogTitle>{t("cancel")}</DialogTitle>
        <DialogDescription>{t("cancelConfirm")}</DialogDescription>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={busy}>
            {t("keep")}
          </Button>
          <Button
            variant="danger"
            disabled={busy}
            onClick={() =>
              change.run({ campaignId, change: "cancel" }, (r) => {
                if (r?.ok) setConfirming(false);
              })
            }
          >
            {t("cancel")}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
