// The blocked candidates summarised by reason (DESIGN.md rule 10): a count per reason code from the counter, and
// for each code a shortest candidate carrying it, found by a walk that follows only prefixes that can carry it.
import type { PathCounter } from "./count";
import { type CountsByLength, countWhere, REASON_BIT } from "./outcomes";
import { describe, judge } from "./route";
import { channelsOfPath, walkCandidates } from "./search";
import { REASON_CODES, type ReasonSummary } from "./types";

/**
 * The summary by reason code: each code carried by at least one blocked candidate, with how many carry it (a
 * candidate blocked for several reasons counts under each) and a shortest example, described in full.
 * Most frequent first; ties in REASON_CODES order.
 */
export function summariseBlocked(counter: PathCounter, counts: CountsByLength): ReasonSummary[] {
  const { ctx } = counter;
  const summary: ReasonSummary[] = [];
  for (const code of REASON_CODES) {
    const bit = REASON_BIT[code];
    const carries = (outcome: number) => (outcome & bit) !== 0;
    const byLength = countWhere(counts, carries);
    const count = byLength.reduce((a, b) => a + b, 0);
    if (count === 0) continue;
    const hops = byLength.findIndex((n) => n > 0);
    let example: number[] | undefined;
    walkCandidates(counter, hops, carries, ({ channels }) => {
      example = channels;
      return false;
    });
    // The counts and the walk follow the same rules: a counted reason without an example is a bug.
    if (!example) throw new Error(`summariseBlocked: ${count} candidates counted for ${code}, none found`);
    const path = channelsOfPath(ctx, example);
    summary.push({ code, count, example: describe(ctx, path, judge(ctx, path)) });
  }
  return summary.sort((a, b) => b.count - a.count);
}
