-- One article per canonical address. Earlier concurrent imports could store the same address twice:
-- the oldest article keeps it; a later copy with no reviewed work is removed, and one with reviewed
-- work is kept under its address marked as a duplicate, so nothing anyone did is lost.
WITH ranked AS (
  SELECT a.id, a.url, row_number() OVER (PARTITION BY a.url ORDER BY a."createdAt", a.id) AS n
  FROM "Article" a WHERE a.url IS NOT NULL
),
copies AS (SELECT id, url FROM ranked WHERE n > 1),
worked AS (
  SELECT DISTINCT c."articleId" AS id FROM "Claim" c
  WHERE c.status <> 'UNREVIEWED' OR c.origin <> 'EXTRACTED' OR c.edited OR c."assigneeId" IS NOT NULL
     OR EXISTS (SELECT 1 FROM "Source" s WHERE s."claimId" = c.id)
     OR EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id)
  UNION SELECT "articleId" FROM "SessionArticle"
),
removed AS (
  DELETE FROM "Article" a USING copies WHERE a.id = copies.id AND a.id NOT IN (SELECT id FROM worked) RETURNING a.id
)
UPDATE "Article" a SET url = copies.url || '#claimdesk-duplicate-' || a.id
FROM copies WHERE a.id = copies.id AND a.id IN (SELECT id FROM worked);

-- DropIndex
DROP INDEX "Article_url_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");
