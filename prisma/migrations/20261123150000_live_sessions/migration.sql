-- CreateTable
CREATE TABLE "SessionEvent" (
    "id" BIGSERIAL NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlindRating" (
    "sessionId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BlindRating_pkey" PRIMARY KEY ("sessionId","claimId","userId")
);

-- CreateTable
CREATE TABLE "SessionPresence" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimId" TEXT,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionPresence_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE INDEX "SessionEvent_sessionId_id_idx" ON "SessionEvent"("sessionId", "id");

-- CreateIndex
CREATE INDEX "SessionArticle_articleId_idx" ON "SessionArticle"("articleId");

-- AddForeignKey
ALTER TABLE "SessionEvent" ADD CONSTRAINT "SessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindRating" ADD CONSTRAINT "BlindRating_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindRating" ADD CONSTRAINT "BlindRating_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindRating" ADD CONSTRAINT "BlindRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindRating" ADD CONSTRAINT "BlindRating_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPresence" ADD CONSTRAINT "SessionPresence_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPresence" ADD CONSTRAINT "SessionPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Live sessions: every change to a claim in an open session is recorded as a SessionEvent and
-- announced on the claimdesk_session channel, in the same transaction as the change itself.
CREATE FUNCTION session_event(p_session text, p_kind text, p_claim text) RETURNS void AS $$
DECLARE
  ev_id bigint;
BEGIN
  INSERT INTO "SessionEvent" ("sessionId", kind, "claimId") VALUES (p_session, p_kind, p_claim) RETURNING id INTO ev_id;
  PERFORM pg_notify('claimdesk_session', json_build_object('id', ev_id, 'sessionId', p_session, 'kind', p_kind, 'claimId', p_claim)::text);
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION session_event_for_article(p_article text, p_kind text, p_claim text) RETURNS void AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT sa."sessionId" FROM "SessionArticle" sa JOIN "ReviewSession" s ON s.id = sa."sessionId"
           WHERE sa."articleId" = p_article AND s.status = 'OPEN' LOOP
    PERFORM session_event(r."sessionId", p_kind, p_claim);
  END LOOP;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION claim_session_event() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM session_event_for_article(NEW."articleId", 'claim.added', NEW.id);
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM session_event_for_article(NEW."articleId", 'claim.status', NEW.id);
  ELSIF NEW."assigneeId" IS DISTINCT FROM OLD."assigneeId" THEN
    PERFORM session_event_for_article(NEW."articleId", 'claim.assignee', NEW.id);
  ELSIF NEW.text IS DISTINCT FROM OLD.text OR NEW.quote IS DISTINCT FROM OLD.quote THEN
    PERFORM session_event_for_article(NEW."articleId", 'claim.edited', NEW.id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Claim_session_event" AFTER INSERT OR UPDATE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claim_session_event();

CREATE FUNCTION claim_child_session_event() RETURNS trigger AS $$
DECLARE
  row_claim text;
  article text;
BEGIN
  row_claim := CASE WHEN TG_OP = 'DELETE' THEN OLD."claimId" ELSE NEW."claimId" END;
  SELECT "articleId" INTO article FROM "Claim" WHERE id = row_claim;
  IF article IS NOT NULL THEN
    PERFORM session_event_for_article(article, TG_ARGV[0] || '.' || lower(TG_OP), row_claim);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Verdict_session_event" AFTER INSERT OR UPDATE ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION claim_child_session_event('verdict');
CREATE TRIGGER "Source_session_event" AFTER INSERT OR UPDATE OR DELETE ON "Source"
  FOR EACH ROW EXECUTE FUNCTION claim_child_session_event('source');

CREATE FUNCTION session_row_event() RETURNS trigger AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM session_event(r."sessionId", TG_ARGV[0] || '.' || lower(TG_OP), r."claimId");
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Assignment_session_event" AFTER INSERT OR DELETE ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION session_row_event('assignment');
-- The rating itself is never in the payload: in a blind review nobody learns it from the event.
CREATE TRIGGER "BlindRating_session_event" AFTER INSERT OR UPDATE ON "BlindRating"
  FOR EACH ROW EXECUTE FUNCTION session_row_event('blind');

-- Presence changes are announced but not stored: a page that reconnects reads who is here afresh.
CREATE FUNCTION presence_notify() RETURNS trigger AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_OP = 'UPDATE' AND NEW."claimId" IS NOT DISTINCT FROM OLD."claimId" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('claimdesk_session', json_build_object('id', NULL, 'sessionId', r."sessionId", 'kind', 'presence', 'claimId', r."claimId")::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SessionPresence_notify" AFTER INSERT OR UPDATE OR DELETE ON "SessionPresence"
  FOR EACH ROW EXECUTE FUNCTION presence_notify();
