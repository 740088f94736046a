import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardBody } from "@/components/ui/card";
import type { InmailCategory } from "@/db/schema/categories";

/** Who the InMail goes to and which topics they welcome (seed 001: shown beside the body). */
export async function RecipientCard({
  recipient,
  showInterests,
}: {
  recipient: {
    id: string;
    handle: string;
    name: string;
    headline: string;
    photoId?: string | null;
    interests: InmailCategory[];
  };
  showInterests: boolean;
}) {
  const t = await getTranslations();
  return (
    <Card>
      <CardBody className="space-y-3">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          {t("compose.to")}
        </p>
        <div className="flex items-center gap-3">
          <Avatar name={recipient.name} seed={recipient.id} photoId={recipient.photoId} />
          <div className="min-w-0">
            <Link
              prefetch={false}
              href={`/in/${recipient.handle}`}
              className="font-semibold hover:underline"
            >
              {recipient.name}
            </Link>
            <p className="text-sm text-slate-600">{recipient.headline}</p>
          </div>
        </div>
        {showInterests && (
          <div>
            <h2 className="text-sm font-semibold text-slate-800">
              {t("compose.interestsTitle", { name: recipient.name })}
            </h2>
            {recipient.interests.length === 0 ? (
              <p className="text-sm text-slate-600">
                {t("compose.interestsNone", { name: recipient.name })}
              </p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-2">
                {recipient.interests.map((c) => (
                  <li
                    key={c}
                    className="rounded-full bg-emerald-50 px-3 py-1 text-xs font-medium text-emerald-900 ring-1 ring-emerald-200"
                  >
                    {t(`categories.${c}`)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
