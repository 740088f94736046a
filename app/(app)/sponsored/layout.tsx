import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages of the sponsored campaign form (with the campaign variables' picker) and controls.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "sponsored.form",
        "sponsored.errors",
        "sponsored.refusals",
        "sponsored.controls",
        "checkout.errors",
        "recruiting.campaign.variables",
        "recruiting.campaign.insert",
        "recruiting.campaign.variablesTitle",
        "recruiting.campaign.variablesHint",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
