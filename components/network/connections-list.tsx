import { Search } from "lucide";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { Input } from "@/components/ui/input";
import type { searchConnectionsForMember } from "@/db/queries/invitations";
import { NetworkRow } from "./network-row";
import { RemoveConnectionButton } from "./remove-connection-button";

type Connection = Awaited<ReturnType<typeof searchConnectionsForMember>>["connections"][number];

/** The member's connections, filtered by a search box (a GET form: the filter runs in SQL). */
export async function ConnectionsList({
  total,
  connections,
  next,
  paged,
  query,
}: {
  total: number;
  connections: Connection[];
  /** The cursor of the next page, if there is one. */
  next: string | null;
  /** This is a later page (a link back to the newest is shown). */
  paged: boolean;
  query: string;
}) {
  const href = (after?: string) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (after) params.set("after", after);
    const search = params.toString();
    return `/network${search ? `?${search}` : ""}#connections-heading`;
  };
  const t = await getTranslations("invitations.connections");
  const format = await getFormatter();
  return (
    <Card aria-labelledby="connections-heading">
      <CardHeader className="space-y-3">
        <h2 id="connections-heading" className="text-lg font-semibold">
          {t("heading", { count: total })}
        </h2>
        <search>
          <form method="get" action="/network" className="flex gap-2">
            <label htmlFor="connections-q" className="sr-only">
              {t("search")}
            </label>
            <Input
              id="connections-q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder={t("searchPlaceholder")}
            />
            <button
              type="submit"
              className={buttonVariants({ variant: "secondary", size: "field" })}
            >
              <Icon node={Search} className="size-4" />
              {t("searchSubmit")}
            </button>
          </form>
        </search>
      </CardHeader>
      <CardBody className="py-1">
        {paged && (
          <p className="py-2 text-sm">
            <Link
              prefetch={false}
              href={href()}
              className="font-semibold text-brand-700 hover:underline"
            >
              ← {t("newest")}
            </Link>
          </p>
        )}
        {connections.length === 0 ? (
          <p className="py-3 text-sm text-slate-600">
            {query ? t("noMatch", { query }) : t("empty")}{" "}
            {query ? (
              <Link
                prefetch={false}
                href="/network"
                className="font-semibold text-brand-700 hover:underline"
              >
                {t("clear")}
              </Link>
            ) : null}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {connections.map((c) => (
              <NetworkRow
                key={c.id}
                member={c}
                details={
                  <p className="text-xs text-slate-600">
                    {t("connectedOn", {
                      date: format.dateTime(c.connectedAt, { dateStyle: "medium" }),
                    })}
                  </p>
                }
                actions={
                  <div className="flex flex-wrap items-center justify-end gap-1">
                    <Link
                      prefetch={false}
                      href={`/messaging/new?to=${encodeURIComponent(c.handle)}`}
                      aria-label={t("messageLabel", { name: c.name })}
                      className={buttonVariants({ variant: "secondary", size: "sm" })}
                    >
                      {t("message")}
                    </Link>
                    <RemoveConnectionButton memberId={c.id} name={c.name} />
                  </div>
                }
              />
            ))}
          </ul>
        )}
        {next && (
          <p className="border-t border-slate-100 py-3 text-center">
            <Link
              prefetch={false}
              href={href(next)}
              className={buttonVariants({ variant: "secondary", size: "sm" })}
            >
              {t("showMore")}
            </Link>
          </p>
        )}
      </CardBody>
    </Card>
  );
}
