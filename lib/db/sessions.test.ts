import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimVersion, createTestUser, ratingIds, verifiedClaim } from "../../test/factories";
import type { Actor } from "../auth/permissions";
import { createArticle } from "./articles";
import { db } from "./client";
import { addClaim } from "./claims/edit-claims";
import { addSource } from "./claims/sources";
import { saveVerdict } from "./claims/verdicts";
import { transitionClaim } from "./claims/workflow";
import { resolveExportScope } from "./exports";
import { closeSessionHub, type SessionNotice } from "../infra/session-listener";
import { MAX_STREAMS_PER_USER, openSessionStream } from "./session-stream";
import { updateUser } from "./users";
import { getClaimDetail } from "./claims/claim-detail";
import {
  assignClaims,
  autoAssign,
  closeSession,
  reopenSession,
  createSession,
  getSessionBoard,
  listPresence,
  rateBlind,
  requireSessionAccess,
  sessionSummary,
  touchPresence,
} from "./sessions";

let ratings: Record<string, string>;
beforeAll(async () => {
  ratings = await ratingIds();
});
afterAll(() => closeSessionHub());

const BODY =
  "The city spent 4 million euros on the bridge in 2024, the mayor said. Ticket sales rose by 12% last year, the operator said. The museum has 2,000 paintings, officials said.";

async function sessionWith(editor: Actor, members: Actor[], opts: { blind?: boolean } = {}) {
  const { id: articleId } = await createArticle(editor, { title: "City notes", body: `${BODY} ${Math.random()}` });
  const { id } = await createSession(editor, {
    name: "Debate night",
    articleIds: [articleId],
    reviewerIds: members.map((m) => m.id),
    blindDoubleReview: opts.blind ?? false,
  });
  const claims = await db().claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
  return { sessionId: id, articleId, claims };
}

/** Collects the session notices NOTIFY sends while `work` runs. */
async function noticesDuring(sessionId: string, work: () => Promise<void>): Promise<SessionNotice[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const seen: SessionNotice[] = [];
  client.on("notification", (m) => {
    const n = JSON.parse(m.payload!);
    if (n.sessionId === sessionId) seen.push(n);
  });
  await client.query("LISTEN claimdesk_session");
  await work();
  await client.query("SELECT 1"); // notifications of committed work arrive before this answer
  await client.end();
  return seen;
}

describe("live session events", () => {
  it("NOTIFY fires for every kind of change: new claims, status, assignee, verdicts, sources, blind ratings", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const other = await createTestUser("REVIEWER");
    const { sessionId, articleId, claims } = await sessionWith(editor, [reviewer, other], { blind: true });
    const claim = claims[0];
    const notices = await noticesDuring(sessionId, async () => {
      await assignClaims(editor, { sessionId, claimIds: [claim.id], userId: reviewer.id });
      await transitionClaim(reviewer, { claimId: claim.id, version: await claimVersion(claim.id), to: "START_REVIEW" });
      const s = await addSource(reviewer, {
        claimId: claim.id,
        url: "https://city.example/budget",
        publisher: "City",
        stance: "SUPPORTS",
        primary: true,
      });
      // Editors run a blind review and may write the shared verdict; reviewers rate blind.
      await saveVerdict(editor, {
        claimId: claim.id,
        version: await claimVersion(claim.id),
        ratingId: ratings.true,
        summary: "The budget says so.",
        sourceIds: [s.id],
      });
      await rateBlind(reviewer, { sessionId, claimId: claim.id, ratingId: ratings.true });
      await addClaim(reviewer, { articleId, start: 0, end: 8, quote: "The city" });
    });
    expect(new Set(notices.map((n) => n.kind))).toEqual(
      new Set([
        "assignment.insert",
        "claim.assignee",
        "claim.status",
        "source.insert",
        "verdict.insert",
        "blind.insert",
        "claim.added",
      ]),
    );
    const ids = notices.map((n) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(JSON.stringify(notices)).not.toContain(ratings.true);
  });

  it("closing a session is announced, and later changes to its claims are not", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer]);
    const notices = await noticesDuring(sessionId, async () => {
      await closeSession(editor, { sessionId });
      await transitionClaim(reviewer, {
        claimId: claims[0].id,
        version: await claimVersion(claims[0].id),
        to: "START_REVIEW",
      });
    });
    expect(notices.map((n) => n.kind)).toEqual(["session.closed"]);
    await expect(
      assignClaims(editor, { sessionId, claimIds: [claims[0].id], userId: reviewer.id }),
    ).rejects.toMatchObject({ userMessage: "This session is closed." });
  });

  it("an editor reopens a closed session and work goes on; reviewers cannot, and an open one is refused", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer]);
    await closeSession(editor, { sessionId });
    await expect(reopenSession(reviewer, { sessionId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reopenSession(editor, { sessionId });
    expect(await db().reviewSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      status: "OPEN",
      closedAt: null,
    });
    await assignClaims(editor, { sessionId, claimIds: [claims[0].id], userId: reviewer.id });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claims[0].id } })).assigneeId).toBe(reviewer.id);
    await expect(reopenSession(editor, { sessionId })).rejects.toMatchObject({
      userMessage: "This session is open already.",
    });
    expect(await db().auditEvent.count({ where: { entityId: sessionId, action: "session.reopen" } })).toBe(1);
  });

  it("only members, editors and admins may open or follow a session", async () => {
    const editor = await createTestUser("EDITOR");
    const member = await createTestUser("REVIEWER");
    const outsider = await createTestUser("REVIEWER");
    const { sessionId } = await sessionWith(editor, [member]);
    await expect(requireSessionAccess(member, sessionId)).resolves.toMatchObject({ id: sessionId });
    await expect(requireSessionAccess(await createTestUser("ADMIN"), sessionId)).resolves.toMatchObject({
      id: sessionId,
    });
    await expect(openSessionStream(outsider, sessionId, "0", new AbortController().signal)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getSessionBoard(outsider, sessionId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireSessionAccess(null, sessionId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(requireSessionAccess(member, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a stream replays what happened after the last id it saw, then goes live, without duplicates", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer]);
    await assignClaims(editor, { sessionId, claimIds: [claims[0].id], userId: reviewer.id });
    const abort = new AbortController();
    const reader = (await openSessionStream(reviewer, sessionId, "0", abort.signal)).getReader();
    const frames: string[] = [];
    const decoder = new TextDecoder();
    const readUntil = async (count: number) => {
      while (frames.filter((f) => f.startsWith("id:")).length < count) {
        const { value } = await reader.read();
        frames.push(...decoder.decode(value).split("\n\n").filter(Boolean));
      }
    };
    await readUntil(2); // the assignment's two events, replayed
    await transitionClaim(reviewer, {
      claimId: claims[0].id,
      version: await claimVersion(claims[0].id),
      to: "START_REVIEW",
    });
    await readUntil(3);
    abort.abort();
    const ids = frames.filter((f) => f.startsWith("id:")).map((f) => Number(f.split("\n")[0].slice(4)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(frames.at(-1)).toContain('"kind":"claim.status"');
  });
});

describe("blind double review is blind on the server (issue 15.3)", () => {
  it("hides the shared verdict and the other rating from reviewers on every path until both blind ratings are in", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const other = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer, other], { blind: true });
    const claim = claims[0];
    await autoAssign(editor, { sessionId, strategy: "round-robin" });
    const s = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://city.example/b",
      publisher: "City",
      stance: "SUPPORTS",
      primary: true,
    });
    // Writing the shared verdict: refused for a reviewer, with the reason.
    await expect(
      saveVerdict(reviewer, {
        claimId: claim.id,
        version: await claimVersion(claim.id),
        ratingId: ratings.false,
        summary: "Mine.",
        sourceIds: [s.id],
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage:
        "This claim is in a blind double review: give your own rating first. The shared verdict opens once both blind ratings are in.",
    });
    // An editor's draft verdict exists, and the first reviewer has rated.
    await saveVerdict(editor, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      ratingId: ratings.true,
      summary: "Editor draft.",
      sourceIds: [s.id],
    });
    await rateBlind(reviewer, { sessionId, claimId: claim.id, ratingId: ratings.false });

    // The panel: no verdict, no verdict history, only this reviewer's own blind rating.
    const panel = await getClaimDetail(other, claim.id);
    expect(panel.verdict).toBeNull();
    expect(panel.blind).toEqual({ sessionId, mine: null });
    expect(JSON.stringify(panel)).not.toContain("Editor draft.");
    expect(panel.history.some((h) => h.action.startsWith("verdict."))).toBe(false);
    expect((await getClaimDetail(reviewer, claim.id)).blind).toEqual({ sessionId, mine: ratings.false });
    // The board: no shared rating badge, only one's own blind rating.
    const row = (await getSessionBoard(other, sessionId)).rows.find((r) => r.id === claim.id)!;
    expect(row.rating).toBeNull();
    expect(row.blind).toMatchObject({ mine: null, count: 1, ratings: null });
    // Exports: a reviewer's sheet leaves the claim out (even once verified by editors).
    await db().claim.update({ where: { id: claim.id }, data: { status: "VERIFIED" } });
    const { where } = await resolveExportScope(other, { sessionId });
    expect(await db().claim.count({ where: { AND: [where, { id: claim.id }] } })).toBe(0);
    const forEditor = await resolveExportScope(editor, { sessionId });
    expect(await db().claim.count({ where: { AND: [forEditor.where, { id: claim.id }] } })).toBe(1);
    // Editors are not blind; once both ratings are in, nobody is.
    expect((await getClaimDetail(editor, claim.id)).verdict?.summary).toBe("Editor draft.");
    await rateBlind(other, { sessionId, claimId: claim.id, ratingId: ratings.true });
    expect((await getClaimDetail(other, claim.id)).verdict?.summary).toBe("Editor draft.");
    expect((await getSessionBoard(other, sessionId)).rows.find((r) => r.id === claim.id)!.rating).not.toBeNull();
  });

  it("a claim verified before the blind session began is not blind: nobody can be assigned to rate it", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const other = await createTestUser("REVIEWER");
    const { claim } = await verifiedClaim({ reviewer, editor });
    const { id: sessionId } = await createSession(editor, {
      name: "Settled",
      articleIds: [claim.articleId],
      reviewerIds: [reviewer.id, other.id],
      blindDoubleReview: true,
    });
    expect((await getClaimDetail(other, claim.id)).verdict?.summary).toBe("The minutes record the vote.");
    const { where } = await resolveExportScope(other, { sessionId });
    expect(await db().claim.count({ where: { AND: [where, { id: claim.id }] } })).toBe(1);
  });
});

describe("one access rule per session (issue 15.4)", () => {
  it("a reviewer who is not a member can neither open nor export the session's sheet", async () => {
    const editor = await createTestUser("EDITOR");
    const member = await createTestUser("REVIEWER");
    const outsider = await createTestUser("REVIEWER");
    const { sessionId } = await sessionWith(editor, [member]);
    await expect(resolveExportScope(outsider, { sessionId })).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: "Only members of this session (and editors) can open it.",
    });
    await expect(resolveExportScope(member, { sessionId })).resolves.toMatchObject({
      label: "Session “Debate night”, verified claims",
    });
    await expect(resolveExportScope(member, { sessionId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("bounded, revocable streams (issue 19.12)", () => {
  it("refuses a person more live session pages than the cap, with a reason", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId } = await sessionWith(editor, [reviewer]);
    const aborts = Array.from({ length: MAX_STREAMS_PER_USER }, () => new AbortController());
    for (const a of aborts) await openSessionStream(reviewer, sessionId, "0", a.signal);
    await expect(openSessionStream(reviewer, sessionId, "0", new AbortController().signal)).rejects.toMatchObject({
      code: "LOCKED",
      userMessage: `You have ${MAX_STREAMS_PER_USER} live session pages open already; close some of them and reload this one.`,
    });
    aborts[0].abort();
    await expect
      .poll(async () =>
        openSessionStream(reviewer, sessionId, "0", aborts[0].signal).then(
          () => "opened",
          () => "refused",
        ),
      )
      .toBe("opened");
    for (const a of aborts) a.abort();
  });

  it("stops delivering events to an account disabled while its page is open", async () => {
    const admin = await createTestUser("ADMIN");
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const colleague = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer, colleague]);
    const abort = new AbortController();
    const reader = (await openSessionStream(reviewer, sessionId, "0", abort.signal)).getReader();
    await updateUser(admin, { id: reviewer.id, disabled: true });
    await assignClaims(editor, { sessionId, claimIds: [claims[0].id], userId: colleague.id });
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    // The stream ended by itself, and the assignment made after disabling never reached it.
    expect(text).not.toContain('"kind":"assignment');
    abort.abort();
  }, 20_000);
});

describe("a session with a claim filter", () => {
  it("covers only the claims of its type and score, on the board, in assignment and in its export", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { id: articleId } = await createArticle(editor, {
      title: "Mixed",
      body: `${BODY} The mayor opened the new bridge on Monday. ${Math.random()}`,
    });
    const all = await db().claim.findMany({ where: { articleId } });
    const statistics = all.filter((c) => c.type === "STATISTIC");
    expect(statistics.length).toBeGreaterThan(0);
    expect(statistics.length).toBeLessThan(all.length);
    const { id: sessionId } = await createSession(editor, {
      name: "Numbers only",
      articleIds: [articleId],
      reviewerIds: [reviewer.id],
      blindDoubleReview: false,
      claimType: "STATISTIC",
    });

    const board = await getSessionBoard(editor, sessionId);
    expect(board.rows.map((r) => r.id).sort()).toEqual(statistics.map((c) => c.id).sort());
    await autoAssign(editor, { sessionId, strategy: "round-robin" });
    expect(await db().assignment.count({ where: { sessionId } })).toBe(statistics.length);
    const outside = all.find((c) => c.type !== "STATISTIC")!;
    await expect(
      assignClaims(editor, { sessionId, claimIds: [outside.id], userId: reviewer.id }),
    ).rejects.toMatchObject({ userMessage: "Some of the selected claims are not in this session." });
    const { where } = await resolveExportScope(editor, { sessionId, includeAll: true });
    expect(await db().claim.count({ where })).toBe(statistics.length);
    await expect(
      createSession(editor, {
        name: "Bad filter",
        articleIds: [articleId],
        reviewerIds: [reviewer.id],
        blindDoubleReview: false,
        minScore: 2,
      }),
    ).rejects.toThrow();
  });
});

describe("presence", () => {
  it("lists who has the session open and which claim; a second tab closing does not make them leave", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [reviewer]);
    const here = async () => (await listPresence(editor, sessionId)).map((p) => [p.user.name, p.claimId]);
    const first = new AbortController();
    const second = new AbortController();
    await openSessionStream(reviewer, sessionId, "0", first.signal);
    await openSessionStream(reviewer, sessionId, "0", second.signal);
    expect(await here()).toEqual([[reviewer.name, null]]);
    first.abort();
    await touchPresence(reviewer, sessionId, claims[0].id);
    expect(await here()).toEqual([[reviewer.name, claims[0].id]]);
    second.abort();
    await expect.poll(here).toEqual([[reviewer.name, claims[0].id]]);
    await touchPresence(reviewer, sessionId, null);
    const third = new AbortController();
    await openSessionStream(reviewer, sessionId, "0", third.signal);
    third.abort();
    await expect.poll(here).toEqual([]);
  });
});

describe("streams counted across app servers", () => {
  it("keeps a person present while another server still streams the session to them, until its heartbeat stops", async () => {
    const editor = await createTestUser("EDITOR");
    const reviewer = await createTestUser("REVIEWER");
    const { sessionId } = await sessionWith(editor, [reviewer]);
    const here = async () => (await listPresence(editor, sessionId)).map((p) => p.user.name);
    // The reviewer's other tab is served by another server: its stream row is all this one knows of it.
    const other = await db().sessionStream.create({ data: { id: "other-server", sessionId, userId: reviewer.id } });
    const local = new AbortController();
    await openSessionStream(reviewer, sessionId, "0", local.signal);
    local.abort();
    await expect.poll(async () => db().sessionStream.count({ where: { userId: reviewer.id } })).toBe(1);
    expect(await here()).toEqual([reviewer.name]);

    // That server crashed a minute ago: its stream no longer counts, and closing this one leaves.
    await db().sessionStream.update({ where: { id: other.id }, data: { seenAt: new Date(Date.now() - 60_000) } });
    const again = new AbortController();
    await openSessionStream(reviewer, sessionId, "0", again.signal);
    again.abort();
    await expect.poll(here).toEqual([]);
  });
});

describe("assigning and summarising", () => {
  it("round-robin and by-load share out unassigned claims among the members; blind sessions get two reviewers each", async () => {
    const editor = await createTestUser("EDITOR");
    const a = await createTestUser("REVIEWER");
    const b = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [a, b]);
    await autoAssign(editor, { sessionId, strategy: "round-robin" });
    const assigned = await db().assignment.findMany({ where: { sessionId }, orderBy: { claim: { start: "asc" } } });
    expect(assigned.map((x) => x.userId)).toEqual(claims.map((_, i) => [a.id, b.id][i % 2]));
    await expect(
      autoAssign(await createTestUser("REVIEWER"), { sessionId, strategy: "by-load" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const blind = await sessionWith(editor, [a, b], { blind: true });
    await autoAssign(editor, { sessionId: blind.sessionId, strategy: "by-load" });
    for (const c of blind.claims)
      expect(
        new Set(
          (await db().assignment.findMany({ where: { sessionId: blind.sessionId, claimId: c.id } })).map(
            (x) => x.userId,
          ),
        ),
      ).toEqual(new Set([a.id, b.id]));
  });

  it("blind ratings stay hidden from the other reviewer; the summary gives agreement and kappa", async () => {
    const editor = await createTestUser("EDITOR");
    const a = await createTestUser("REVIEWER");
    const b = await createTestUser("REVIEWER");
    const { sessionId, claims } = await sessionWith(editor, [a, b], { blind: true });
    await autoAssign(editor, { sessionId, strategy: "round-robin" });
    const [c1, c2, c3] = claims;
    await rateBlind(a, { sessionId, claimId: c1.id, ratingId: ratings.true });
    expect((await getSessionBoard(b, sessionId)).rows.find((r) => r.id === c1.id)!.blind).toMatchObject({
      mine: null,
      count: 1,
      ratings: null,
    });
    await rateBlind(b, { sessionId, claimId: c1.id, ratingId: ratings.true });
    await rateBlind(a, { sessionId, claimId: c2.id, ratingId: ratings.false });
    await rateBlind(b, { sessionId, claimId: c2.id, ratingId: ratings.misleading });
    await rateBlind(a, { sessionId, claimId: c3.id, ratingId: ratings.false });
    await rateBlind(b, { sessionId, claimId: c3.id, ratingId: ratings.false });
    const board = await getSessionBoard(editor, sessionId);
    expect(board.rows.find((r) => r.id === c2.id)!.blind).toMatchObject({
      disagree: true,
      ratings: ["False", "Misleading"],
    });
    const { agreement } = await sessionSummary(editor, sessionId);
    // Pairs (true,true) (false,misleading) (false,false): 2 of 3 agree; chance = 1/3·1/3 + 2/3·1/3 = 1/3.
    expect(agreement!.percent).toBeCloseTo(66.67, 1);
    expect(agreement!.kappa).toBeCloseTo(0.5);
  });
});
