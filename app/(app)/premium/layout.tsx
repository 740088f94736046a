import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages of plans, credit packs and checkout (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["premium", "checkout"]}>{children}</ClientMessages>;
}
