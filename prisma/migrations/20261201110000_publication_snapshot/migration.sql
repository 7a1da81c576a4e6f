-- What readers see is frozen at publication: the claim's wording, quote and speaker, and the article
-- and sources the page shows. Existing publications are backfilled from what they show today.
ALTER TABLE "Publication" ADD COLUMN "claimText" TEXT, ADD COLUMN "claimQuote" TEXT, ADD COLUMN "speaker" TEXT, ADD COLUMN "snapshot" JSONB;
ALTER TABLE "PublicationEvent" ADD COLUMN "claimText" TEXT;

UPDATE "Publication" p SET
  "claimText" = c.text,
  "claimQuote" = c.quote,
  "speaker" = c.speaker,
  "snapshot" = jsonb_build_object(
    'article', jsonb_build_object('title', a.title, 'outlet', a.outlet, 'url', a.url, 'publishedAt', a."publishedAt", 'byline', a.byline),
    'sources', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'publishedAt', s."publishedAt",
        'archiveUrl', s."archiveUrl", 'excerpt', s.excerpt, 'stance', s.stance, 'primary', s."primary") ORDER BY s."createdAt")
      FROM "VerdictSource" vs JOIN "Source" s ON s.id = vs."sourceId" WHERE vs."verdictId" = p."verdictId"), '[]'::jsonb))
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
WHERE c.id = p."claimId";

UPDATE "PublicationEvent" e SET "claimText" = p."claimText" FROM "Publication" p WHERE p.id = e."publicationId" AND e.kind <> 'UNPUBLISHED';

ALTER TABLE "Publication" ALTER COLUMN "claimText" SET NOT NULL, ALTER COLUMN "claimQuote" SET NOT NULL, ALTER COLUMN "snapshot" SET NOT NULL;
