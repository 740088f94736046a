import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { THREAD_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// The thread's client parts: replies and their counters, quick answers, typing, thread state.
// The inbox list needs none beyond every page's shared ones, so it sends none.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={THREAD_CLIENT_MESSAGES}>{children}</ClientMessages>;
}
