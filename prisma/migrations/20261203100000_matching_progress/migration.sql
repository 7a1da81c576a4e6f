-- Matching progress per article, in Postgres so every app server can show it.
ALTER TABLE "Article" ADD COLUMN "matchingTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "matchingDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "matchingUpdatedAt" TIMESTAMP(3),
ADD COLUMN "matchedAt" TIMESTAMP(3);

-- Articles stored before this were matched when they were saved.
UPDATE "Article" SET "matchedAt" = "createdAt";
