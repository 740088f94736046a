import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StyleNonce } from "@/components/shell/style-nonce";
import { pickMessages, SHARED_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The browser gets the shell's messages here; each route adds its own (ClientMessages).
  const messages = pickMessages(
    (await getMessages()) as Record<string, unknown>,
    SHARED_CLIENT_MESSAGES,
  );
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-canvas font-sans text-slate-900 antialiased">
        <StyleNonce />
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
