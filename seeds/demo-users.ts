// Demo accounts for local use only: seeded with embedded Postgres or `npm run seed -- --demo`.
export const DEMO_USERS = [
  { email: "admin@claimdesk.test", name: "Ada Admin", role: "ADMIN", password: "claimdesk-admin" },
  { email: "editor@claimdesk.test", name: "Eddie Editor", role: "EDITOR", password: "claimdesk-editor" },
  { email: "reviewer@claimdesk.test", name: "Rita Reviewer", role: "REVIEWER", password: "claimdesk-reviewer" },
] as const;
