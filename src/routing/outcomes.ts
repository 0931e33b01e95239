// A candidate's outcome as a set of reason bits: the union of its hops' reasons, plus the third-party rule where an
// intermediary may not pass on; 0 = permitted. Counting and searching work on these small numbers, and on counts of
// candidates by outcome.
import type { ReasonCode } from "./types";

/**
 * One bit per reason code. A hop's mask holds the hop codes (the low four bits); a candidate's outcome is the
 * union of its hops' masks, plus THIRD_PARTY when an intermediary may not pass the information on. 0 = permitted.
 */
export const REASON_BIT: Readonly<Record<ReasonCode, number>> = {
  "not-in-force": 1,
  "out-of-scope": 2,
  "policy-restriction": 4,
  "disabled-by-scenario": 8,
  "third-party-rule": 16,
};
export const THIRD_PARTY = REASON_BIT["third-party-rule"];
/** Number of distinct hop masks, and of candidate outcomes. */
export const HOP_MASKS = 16;
export const OUTCOMES = 32;

/** Which outcomes a search wants: `accepts(outcome)`, and by outcome so far whether a wanted one can still follow. */
export interface Wanted {
  accepts(outcome: number): boolean;
  reachable: Uint8Array;
}

/** The outcomes `accepts` wants, with the prefixes (by their outcome so far) that can still end in one. */
export function wanted(accepts: (outcome: number) => boolean): Wanted {
  const reachable = new Uint8Array(OUTCOMES);
  for (let so = 0; so < OUTCOMES; so++) {
    for (let o = 0; o < OUTCOMES; o++) if ((o & so) === so && accepts(o)) reachable[so] = 1;
  }
  return { accepts, reachable };
}

/** Counts by hop mask (or outcome) for each path length 0..maxHops. */
export type CountsByLength = Float64Array[];

/** Add (times ×) the counts of `from`, each hop mask joined with `mask`, to `into`. */
export function addShifted(into: Float64Array, from: Float64Array, mask: number, times = 1): void {
  for (let k = 0; k < HOP_MASKS; k++) if (from[k]! !== 0) into[k | mask]! += from[k]! * times;
}

/** How many candidates the counts hold whose outcome `want` accepts, by length. */
export function countWhere(counts: CountsByLength, want: (outcome: number) => boolean): number[] {
  return counts.map((row) => row.reduce((sum, n, outcome) => (want(outcome) ? sum + n : sum), 0));
}
