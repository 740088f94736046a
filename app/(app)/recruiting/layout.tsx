import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages of the project and campaign forms and controls.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "recruiting.newProject",
        "recruiting.project",
        "recruiting.refusals",
        "recruiting.errors",
        "recruiting.campaign",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
