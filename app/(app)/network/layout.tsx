import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CHARACTER_COUNT_MESSAGES } from "@/lib/i18n/client-messages";

// The messages of My Network's forms and buttons (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["invitations", ...CHARACTER_COUNT_MESSAGES]}>
      {children}
    </ClientMessages>
  );
}
