import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CHARACTER_COUNT_MESSAGES } from "@/lib/i18n/client-messages";

// The messages of the profile's buttons: connect, block, message (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "invitations",
        "privacy",
        "recruiting.save",
        "recruiting.refusals",
        "recruiting.errors",
        ...CHARACTER_COUNT_MESSAGES,
      ]}
    >
      {children}
    </ClientMessages>
  );
}
