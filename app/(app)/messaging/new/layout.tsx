import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The compose forms: the recipient picker, the InMail and message forms and their refusals.
// The inbox list needs none beyond every page's shared ones, so it sends none.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["inbox", "compose", "refusals", "categories", "invitations"]}>
      {children}
    </ClientMessages>
  );
}
