import "server-only";
import { db } from "./client";

/** The rating scale reviewers choose from: active ratings, truest first. */
export function activeRatings() {
  return db().rating.findMany({ where: { active: true }, orderBy: { ordinal: "desc" } });
}
