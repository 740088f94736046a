"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changeCampaignAction, launchCampaignAction } from "@/app/(app)/recruiting/actions";
import { useMemberAction } from "@/components/network/use-member-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Launch, pause, resume and cancel, as the campaign's status allows. */
export function CampaignControls({
  campaignId,
  status,
  timeZone,
}: {
  campaignId: string;
  status: "draft" | "sending" | "paused" | "needs_credits" | "completed" | "cancelled";
  /** The sender's time zone, in which a chosen start is read. */
  timeZone: string;
}) {
  const t = useTranslations("recruiting.campaign");
  const tAll = useTranslations() as unknown as Translate;
  const [launched, launch, launching] = useActionState(launchCampaignAction, null);
  const change = useMemberAction(changeCampaignAction);
  const [confirming, setConfirming] = useState(false);
  const [when, setWhen] = useState<"now" | "at" | "business">("now");
  const failed = [launched, change.state].find((s) => s && !s.ok);
  const busy = launching || change.pending;
  const startsAtError =
    launched && !launched.ok && launched.fieldErrors?.startsAt
      ? tAll(launched.fieldErrors.startsAt)
      : undefined;
  return (
    <div className="space-y-3">
      {status === "draft" && (
        <form action={launch} className="space-y-3" noValidate>
          <input type="hidden" name="campaignId" value={campaignId} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">{t("whenTitle")}</legend>
            {(["now", "at", "business"] as const).map((value) => (
              <label key={value} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="radio"
                  name="when"
                  value={value}
                  checked={when === value}
                  onChange={() => setWhen(value)}
                  className="mt-0.5 size-4 accent-brand-700"
                />
                <span>
                  {value === "now"
                    ? t("whenNow")
                    : value === "at"
                      ? t("whenAt")
                      : t("whenBusiness")}
                </span>
              </label>
            ))}
          </fieldset>
          {when === "at" && (
            <div className="max-w-xs space-y-1.5">
              <label htmlFor="starts-at" className="block text-sm font-semibold text-slate-800">
                {t("whenAtLabel", { zone: timeZone })}
              </label>
              <Input
                id="starts-at"
                name="startsAt"
                type="datetime-local"
                required
                aria-invalid={startsAtError ? true : undefined}
                aria-describedby={startsAtError ? "starts-at-error" : undefined}
              />
              {startsAtError && (
                <p id="starts-at-error" className="text-sm font-medium text-red-700">
                  {startsAtError}
                </p>
              )}
            </div>
          )}
          <SubmitButton pendingLabel={t("launching")}>{t("launch")}</SubmitButton>
        </form>
      )}
      <FormMessage tone="error">
        {failed && !failed.ok && failed.formError ? tAll(failed.formError) : undefined}
      </FormMessage>
      <div className="flex flex-wrap gap-2">
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
