import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages of the project forms (create, rename, delete, remove a candidate).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "recruiting.newProject",
        "recruiting.project",
        "recruiting.refusals",
        "recruiting.errors",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
