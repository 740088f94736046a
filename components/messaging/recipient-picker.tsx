import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DegreeBadge } from "@/components/profile/degree-badge";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import type { RecipientSuggestion } from "@/db/queries/recipients";
import type { Reach } from "@/lib/messaging/reach";
import { RecipientQuery } from "./recipient-query";

/**
 * New message by name: type, pick. Each suggestion says before anything is written whether it
 * will be a free message (a connection, an Open Profile) or an InMail that uses a credit — or
 * why this member cannot be reached — as the compose page and the server decide it.
 */
export async function RecipientPicker({
  q,
  suggestions,
}: {
  q: string;
  suggestions: { member: RecipientSuggestion; reach: Reach }[];
}) {
  const t = await getTranslations("compose.picker");
  const tRefusals = await getTranslations("refusals");
  return (
    <div className="mx-auto max-w-2xl">
      <Card>
        <CardBody className="space-y-4 p-5 sm:p-6">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <search>
            <form method="get" action="/messaging/new" className="space-y-2">
              <label htmlFor="recipient-q" className="block text-sm font-semibold text-slate-800">
                {t("to")}
              </label>
              <div className="flex gap-2">
                <RecipientQuery id="recipient-q" initial={q} describedBy="recipient-hint" />
                <button
                  type="submit"
                  className={buttonVariants({ variant: "secondary", size: "field" })}
                >
                  {t("find")}
                </button>
              </div>
              <p id="recipient-hint" className="text-sm text-slate-600">
                {t("hint")}
              </p>
            </form>
          </search>
          {q && (
            <section aria-label={t("suggestions")}>
              {suggestions.length === 0 ? (
                <p role="status" className="py-4 text-slate-600">
                  {t("none", { q })}
                </p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {suggestions.map(({ member, reach }) => (
                    <li key={member.id} className="flex flex-wrap items-center gap-3 py-3">
                      <Avatar
                        name={member.name}
                        seed={member.id}
                        photoId={member.photoId}
                        size="sm"
                      />
                      <div className="min-w-0 flex-1">
                        <p className="flex flex-wrap items-center gap-2 font-semibold">
                          {member.name} <DegreeBadge degree={member.degree} />
                        </p>
                        {member.headline && (
                          <p className="truncate text-sm text-slate-600">{member.headline}</p>
                        )}
                      </div>
                      {reach.kind === "refused" ? (
                        <p className="text-sm text-slate-600">
                          {tRefusals(reach.reason, { name: member.name })}
                        </p>
                      ) : (
                        <Link
                          prefetch={false}
                          href={`/messaging/new?to=${encodeURIComponent(member.handle)}`}
                          aria-label={t(
                            reach.kind === "message"
                              ? "messageLabel"
                              : reach.free
                                ? "inmailFreeLabel"
                                : "inmailLabel",
                            { name: member.name },
                          )}
                          className={buttonVariants({ variant: "secondary", size: "sm" })}
                        >
                          {t(
                            reach.kind === "message"
                              ? "message"
                              : reach.free
                                ? "inmailFree"
                                : "inmail",
                          )}
                        </Link>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
