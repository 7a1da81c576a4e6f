-- Ratings outside the true–false scale get no number in ClaimReview (Google's guidelines allow a name only).
ALTER TABLE "Rating" ADD COLUMN "onScale" BOOLEAN NOT NULL DEFAULT true;
UPDATE "Rating" SET "onScale" = false WHERE slug = 'unverifiable';
