/** How unassigned claims are shared out among a session's reviewers. */
export type Strategy = "round-robin" | "by-load";

export type Plan = Map<string, string[]>;

/**
 * Gives each claim `perClaim` different reviewers (two in a blind double review).
 * Round-robin deals claims in turn, continuing after the reviewer who got the last one;
 * by-load always picks whoever has the fewest open claims, counting what this plan adds
 * (ties go to the reviewer listed first).
 */
export function planAssignments(opts: {
  claimIds: string[];
  reviewerIds: string[];
  strategy: Strategy;
  perClaim?: 1 | 2;
  load?: Record<string, number>;
}): Plan {
  const perClaim = opts.perClaim ?? 1;
  if (opts.reviewerIds.length < perClaim)
    throw new Error(`Assigning needs at least ${perClaim} reviewer${perClaim === 1 ? "" : "s"} in the session.`);
  const plan: Plan = new Map();
  const load = new Map(opts.reviewerIds.map((id) => [id, opts.load?.[id] ?? 0]));
  let turn = 0;
  for (const claimId of opts.claimIds) {
    const chosen: string[] = [];
    if (opts.strategy === "round-robin") {
      for (let i = 0; i < perClaim; i++) chosen.push(opts.reviewerIds[(turn + i) % opts.reviewerIds.length]);
      turn = (turn + perClaim) % opts.reviewerIds.length;
    } else {
      const order = [...opts.reviewerIds].sort(
        (a, b) => load.get(a)! - load.get(b)! || opts.reviewerIds.indexOf(a) - opts.reviewerIds.indexOf(b),
      );
      chosen.push(...order.slice(0, perClaim));
    }
    for (const id of chosen) load.set(id, load.get(id)! + 1);
    plan.set(claimId, chosen);
  }
  return plan;
}
