"use client";

import { changeSponsoredAction } from "@/app/(app)/sponsored/actions";
import { ActionButtonForm } from "@/components/ui/action-button-form";

/** Pause, resume and end, as the campaign's status allows; labels come translated. */
export function SponsoredControls({
  campaignId,
  changes,
  pendingLabel,
}: {
  campaignId: string;
  changes: { change: "pause" | "resume" | "end"; label: string }[];
  pendingLabel: string;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {changes.map(({ change, label }) => (
        <ActionButtonForm
          key={change}
          action={changeSponsoredAction}
          fields={{ campaignId, change }}
          label={label}
          pendingLabel={pendingLabel}
          variant={change === "end" ? "danger" : "secondary"}
        />
      ))}
    </div>
  );
}
