-- AlterTable
ALTER TABLE "ClaimMatch" ADD COLUMN "confirmedVerdictVersion" INTEGER;
