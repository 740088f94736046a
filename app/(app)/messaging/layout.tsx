import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages of the inbox, threads and compose forms (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "inbox",
        "compose",
        "refusals",
        "categories",
        "invitations",
        "sponsored.refusals",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
