import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "../db/sign-in";
import { findActiveActor } from "../db/users";
import { env } from "../env";
import { toAppError } from "../errors";
import { signInErrorMessage } from "./sign-in-errors";
import { CLIENT_ADDRESS_HEADER } from "../net/client-address";

// Set by scripts/serve.ts from the connection and trusted proxies only; a client cannot forge it.
function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) || null;
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const actor = await verifyCredentials(credentials ?? {}, clientAddress(req?.headers));
          return { id: actor.id, email: actor.email, name: actor.name, role: actor.role };
        } catch (err) {
          // next-auth passes the thrown message to the sign-in form: always a sentence meant for people.
          if (!toAppError(err)) console.error("[sign-in]", err);
          throw new Error(signInErrorMessage(err));
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    // The account is re-read on every session lookup: a disabled (or removed) account's session
    // says so and carries no user, to the server and to the browser alike.
    async session({ session, token }) {
      if (typeof token.uid !== "string") return session;
      const actor = await findActiveActor(token.uid);
      return (actor
        ? { ...session, uid: token.uid, actor }
        : { expires: session.expires, disabled: true }) as unknown as typeof session;
    },
  },
};
