-- The rendered-page cache every app server shares (lib/infra/shared-cache.ts). Times are the
-- database's clock in milliseconds, so servers with slightly different clocks agree.
CREATE TABLE "PageCache" (
    "key" TEXT NOT NULL,
    "buildId" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "tags" TEXT[],
    "cacheControl" JSONB,
    "freshAsOf" BIGINT NOT NULL,

    CONSTRAINT "PageCache_pkey" PRIMARY KEY ("buildId", "key")
);

CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" BIGINT NOT NULL,

    CONSTRAINT "PageCacheTag_pkey" PRIMARY KEY ("tag")
);

-- One row per open live-session stream on any server; a row whose heartbeat stopped (a server
-- that crashed) no longer counts.
CREATE TABLE "SessionStream" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionStream_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SessionStream_userId_seenAt_idx" ON "SessionStream"("userId", "seenAt");
CREATE INDEX "SessionStream_sessionId_userId_idx" ON "SessionStream"("sessionId", "userId");

ALTER TABLE "SessionStream" ADD CONSTRAINT "SessionStream_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionStream" ADD CONSTRAINT "SessionStream_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
