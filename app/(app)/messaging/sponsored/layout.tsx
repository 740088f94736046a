import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// A sponsored message's Not interested (its refusal).
// The inbox list needs none beyond every page's shared ones, so it sends none.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["sponsored.refusals"]}>{children}</ClientMessages>;
}
