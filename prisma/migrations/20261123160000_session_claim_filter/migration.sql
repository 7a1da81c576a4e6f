-- AlterTable
ALTER TABLE "ReviewSession" ADD COLUMN     "claimType" "ClaimType",
ADD COLUMN     "minScore" DOUBLE PRECISION;

