import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authSecret } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { verifyCredentials } from "./accounts";
import { authConfig } from "./config";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const member = await verifyCredentials(await getDb(), parsed.data);
        return member ? { id: member.id, name: member.name, email: member.email } : null;
      },
    }),
  ],
});
