import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, SHARED_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

/**
 * The messages the client components below it use, on top of every page's shared ones — the
 * rest of the catalogue stays on the server. A nested provider replaces its parent's messages
 * for what it wraps.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return (
    <NextIntlClientProvider
      messages={pickMessages(messages, [...SHARED_CLIENT_MESSAGES, ...namespaces])}
    >
      {children}
    </NextIntlClientProvider>
  );
}
