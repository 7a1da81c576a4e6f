-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'CONFIRMED', 'DISMISSED');

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "matchedClaimId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "numberConflict" BOOLEAN NOT NULL DEFAULT false,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimMatch_matchedClaimId_idx" ON "ClaimMatch"("matchedClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_matchedClaimId_key" ON "ClaimMatch"("claimId", "matchedClaimId");

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_matchedClaimId_fkey" FOREIGN KEY ("matchedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

