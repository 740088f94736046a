import { Ban } from "lucide";
import { getTranslations } from "next-intl/server";
import { unblockMemberAction } from "@/app/(app)/in/[handle]/actions";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardBody } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { UnblockForm } from "./unblock-form";

/** What the blocker sees on the profile of a member they blocked: who, and the way back. */
export async function BlockedProfile({
  member,
}: {
  member: { id: string; name: string; handle: string };
}) {
  const t = await getTranslations("privacy.blocked");
  return (
    <div className="mx-auto max-w-3xl">
      <Card>
        <CardBody className="flex flex-col gap-4 p-6 sm:flex-row sm:items-start">
          <Avatar name={member.name} seed={member.id} size="lg" />
          <div className="min-w-0 flex-1 space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-2xl font-semibold text-slate-900">{member.name}</h1>
              <span className="inline-flex items-center gap-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">
                <Icon node={Ban} className="size-3.5" />
                {t("badge")}
              </span>
            </div>
            <p className="text-slate-700">{t("profileExplanation", { name: member.name })}</p>
          </div>
          <UnblockForm
            action={unblockMemberAction}
            memberId={member.id}
            name={member.name}
            handle={member.handle}
          />
        </CardBody>
      </Card>
    </div>
  );
}
