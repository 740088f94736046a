import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SettingsNav } from "@/components/settings/settings-nav";
import { CHARACTER_COUNT_MESSAGES } from "@/lib/i18n/client-messages";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "settings",
        "privacy",
        "account",
        "auth",
        "categories",
        "profileEdit",
        ...CHARACTER_COUNT_MESSAGES,
      ]}
    >
      <div className="mx-auto grid max-w-5xl gap-6 md:grid-cols-[15rem_minmax(0,1fr)] md:items-start">
        <SettingsNav />
        <div className="min-w-0">{children}</div>
      </div>
    </ClientMessages>
  );
}
