/**
 * The schema's enums (roles, claim statuses and types, stances …), values and types, for code
 * outside lib/db: the one copy of each list is prisma/schema.prisma. Plain objects, safe in the browser.
 */
export * from "./generated/prisma/enums";
