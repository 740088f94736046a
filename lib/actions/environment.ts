import "server-only";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { type CurrentMember, getCurrentSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { localeOfRequest } from "@/lib/i18n/request";

/** Who calls an action, and what an action may do to the response. */
export interface Caller {
  member: CurrentMember | null;
  sessionId: string | null;
  clientAddress: string;
  locale: string;
}

export interface ActionEnvironment {
  caller(): Promise<Caller>;
  revalidate(path: string, type?: "page" | "layout"): void;
  /** Ends the action with a redirect (it throws, like Next's redirect()). */
  redirect(url: string): never;
  setCookie(name: string, value: string, options: { maxAge: number }): Promise<void>;
}

/** The real one: the session, the request's headers, Next's cache and navigation. */
const nextEnvironment: ActionEnvironment = {
  async caller() {
    const [session, requestHeaders] = await Promise.all([getCurrentSession(), headers()]);
    const locale = await localeOfRequest(session?.member ?? null);
    return {
      member: session?.member ?? null,
      sessionId: session?.sessionId ?? null,
      clientAddress: clientAddressFrom(requestHeaders, env.TRUSTED_PROXY_HOPS),
      locale,
    };
  },
  revalidate(path, type) {
    revalidatePath(path, type);
  },
  redirect(url) {
    redirect(url);
  },
  async setCookie(name, value, { maxAge }) {
    (await cookies()).set(name, value, { path: "/", maxAge, sameSite: "lax" });
  },
};

const holder = globalThis as unknown as { __inmailActionEnvironment?: ActionEnvironment };

export function actionEnvironment(): ActionEnvironment {
  return holder.__inmailActionEnvironment ?? nextEnvironment;
}

/**
 * Tests call the real exported actions outside a request: they stand in a caller and record
 * revalidations and redirects instead of Next doing them.
 */
export function setActionEnvironmentForTests(environment: ActionEnvironment | null): void {
  holder.__inmailActionEnvironment = environment ?? undefined;
}
