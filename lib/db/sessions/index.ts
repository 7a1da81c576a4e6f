/**
 * Review sessions, one file per operation; each takes the actor and checks access first
 * (access.ts is the one rule). Everything else imports from here.
 */
export * from "./access";
export * from "./create";
export * from "./list";
export * from "./board";
export * from "./assign";
export * from "./blind-ratings";
export * from "./close";
export * from "./progress";
export * from "./presence";
export * from "./events";
