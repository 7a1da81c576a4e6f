-- Hand-written: keyset-pagination indexes for the review queue (Prisma cannot express partial or DESC-ordered composite indexes here).

-- "Unassigned" view, by check-worthiness.
CREATE INDEX "Claim_queue_unassigned_idx" ON "Claim" ("score" DESC, "id" DESC)
  WHERE "assigneeId" IS NULL AND "status" IN ('UNREVIEWED', 'IN_REVIEW');

-- "Assigned to me" view, by check-worthiness.
CREATE INDEX "Claim_queue_assignee_idx" ON "Claim" ("assigneeId", "score" DESC, "id" DESC)
  WHERE "status" IN ('UNREVIEWED', 'IN_REVIEW', 'NEEDS_SIGNOFF');

-- Any status, by check-worthiness or by date.
CREATE INDEX "Claim_queue_status_score_idx" ON "Claim" ("status", "score" DESC, "id" DESC);
CREATE INDEX "Claim_queue_status_created_idx" ON "Claim" ("status", "createdAt" DESC, "id" DESC);

-- "All claims", by check-worthiness or by date, and every page after the first.
CREATE INDEX "Claim_queue_score_idx" ON "Claim" ("score" DESC, "id" DESC);
CREATE INDEX "Claim_queue_created_idx" ON "Claim" ("createdAt" DESC, "id" DESC);

-- Full-text search on a stored vector: filtering rows costs a column read instead of re-parsing text.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING gin ("searchVector");
DROP INDEX "Claim_text_fts_idx";
