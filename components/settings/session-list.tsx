"use client";

import { Laptop } from "lucide";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  signOutOtherSessionsAction,
  signOutSessionAction,
} from "@/app/(app)/settings/security/actions";
import { FormMessage } from "@/components/ui/form-message";
import { Icon } from "@/components/ui/icon";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ShownSession {
  id: string;
  current: boolean;
  device: string;
  lastActive: string;
  signedIn: string;
}

/** The member's live sessions (at most 50, newest activity first), each with "Sign out". */
export function SessionList({ sessions }: { sessions: ShownSession[] }) {
  const t = useTranslations("account.security");
  const tAll = useTranslations();
  const [one, signOutOne] = useActionState(signOutSessionAction, null);
  const [others, signOutOthers] = useActionState(signOutOtherSessionsAction, null);
  const answer = (state: typeof one | typeof others, values?: Record<string, number>) =>
    state
      ? state.ok
        ? tAll((state.message ?? "") as never, values as never)
        : tAll((state.formError ?? "errors.unexpected") as never, state.formErrorValues as never)
      : undefined;
  const othersCount = others?.ok ? (others.data as { count: number } | undefined)?.count : 0;
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center">
            <Icon
              node={Laptop}
              className="hidden size-6 shrink-0 text-slate-500 sm:block"
              aria-hidden="true"
            />
            <div className="min-w-0 flex-1">
              <p className="break-words font-semibold text-slate-900">
                {s.device}
                {s.current && (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
                    {t("thisDevice")}
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-600">
                {s.lastActive} · {s.signedIn}
              </p>
            </div>
            {!s.current && (
              <form action={signOutOne}>
                <input type="hidden" name="sessionId" value={s.id} />
                <SubmitButton variant="secondary" size="sm" pendingLabel={t("signingOut")}>
                  {t("signOutSession")}
                  <span className="sr-only"> {s.device}</span>
                </SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
      <FormMessage tone={one && !one.ok ? "error" : "success"}>{answer(one)}</FormMessage>
      <form action={signOutOthers} className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <SubmitButton variant="secondary" pendingLabel={t("signingOut")}>
          {t("signOutOthers")}
        </SubmitButton>
        <p className="text-sm text-slate-600">{t("signOutOthersHint")}</p>
      </form>
      <FormMessage tone={others && !others.ok ? "error" : "success"}>
        {answer(others, { count: othersCount ?? 0 })}
      </FormMessage>
    </div>
  );
}
