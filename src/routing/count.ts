// Counting candidates without listing them (DESIGN.md rule 10): how many simple paths of each length end in each
// outcome (the set of reasons blocking them; 0 = permitted), by dynamic programming over the depth-first search.
//
// Hop reasons are per channel, so a path's hop outcome is the union of its hops' masks: the count of completions of
// a prefix is a vector of HOP_MASKS numbers, and the last two hops are looked up in a per-party table instead of
// walked (minus the few completions that would revisit a party already on the prefix). The third-party rule depends
// on consecutive hops; the paths that pass it at every intermediary are few (only a relaying hub may pass on, and
// only within its own agreement), so they are counted by walking them, and every other path breaks it.
import { channelsBetween } from "./channelIndex";
import { hopMask, type QueryContext } from "./context";
import { addShifted, type CountsByLength, HOP_MASKS, OUTCOMES, THIRD_PARTY, type Wanted } from "./outcomes";
import { mayRelay } from "./relay";

/** A table with no paths, shared. */
const EMPTY = new Float64Array(HOP_MASKS);

/**
 * The counting state of one query: which parties the current prefix has visited, and the per-party tables the
 * counts are built from. Searches enter and leave parties as they walk, and ask how a prefix can be completed.
 *
 * Tables (O = origin, T = target; "through" excludes O and T; masks combine by union):
 * - direct(x): the channels x → T;
 * - two(b): the paths b → c → T through any c;
 * - three(b): the paths b → c → d → T through any c, d with d ≠ b;
 * - pairs(b, d): the two-channel walks b → c → d through any c.
 * A prefix's visited parties are then taken out by inclusion and exclusion, so that a count costs a few table reads
 * whatever the number of paths it counts.
 */
export class PathCounter {
  readonly visited: Uint8Array;
  /** Intermediaries on the current prefix, in order (the origin is visited but not listed). */
  private readonly trail: number[] = [];
  private readonly direct: (Float64Array | undefined)[];
  private readonly two: (Float64Array | undefined)[] = [];
  private readonly three: (Float64Array | undefined)[] = [];
  private readonly pairs = new Map<number, Float64Array>();
  /** One result buffer per completion length: a result stays valid until the next call for the same length. */
  private readonly results: Float64Array[];
  readonly consent: boolean;

  constructor(readonly ctx: QueryContext) {
    const { index, origin, target } = ctx;
    this.visited = new Uint8Array(index.parties.length);
    this.visited[origin] = 1;
    this.consent = ctx.options.allowConsentRelay;
    this.direct = new Array(index.parties.length);
    for (const n of index.in[target]!) {
      const s = index.sender[n]!;
      const row = this.direct[s] ?? new Float64Array(HOP_MASKS);
      row[hopMask(ctx, n)]! += 1;
      this.direct[s] = row;
    }
    this.results = Array.from({ length: ctx.options.maxHops + 1 }, () => new Float64Array(HOP_MASKS));
  }

  enter(party: number) {
    this.visited[party] = 1;
    this.trail.push(party);
  }

  leave(party: number) {
    this.visited[party] = 0;
    this.trail.pop();
  }

  /** True for a party a completion may pass through at all: neither end of the query. */
  private through(party: number): boolean {
    return party !== this.ctx.origin && party !== this.ctx.target;
  }

  /** Add (times ×) the paths x → y → T over each channel x → y, to `into` shifted by `mask`. */
  private addVia(into: Float64Array, x: number, y: number, mask: number, times: number) {
    const row = this.direct[y];
    if (!row) return;
    for (const n of channelsBetween(this.ctx.index, x, y))
      addShifted(into, row, mask | hopMask(this.ctx, n), times);
  }

  private twoTable(b: number): Float64Array {
    let table = this.two[b];
    if (table) return table;
    const { index } = this.ctx;
    let found: Float64Array | undefined;
    for (const n of index.out[b]!) {
      const c = index.receiver[n]!;
      const row = this.direct[c];
      if (!row || !this.through(c)) continue;
      found ??= new Float64Array(HOP_MASKS);
      addShifted(found, row, hopMask(this.ctx, n));
    }
    table = found ?? EMPTY;
    this.two[b] = table;
    return table;
  }

  private threeTable(b: number): Float64Array {
    let table = this.three[b];
    if (table) return table;
    const { index } = this.ctx;
    table = new Float64Array(HOP_MASKS);
    for (const n of index.out[b]!) {
      const c = index.receiver[n]!;
      if (!this.through(c)) continue;
      const two = this.twoTable(c);
      // Most parties are two hops from the target; where one is not, its channels need no verdict.
      if (two === EMPTY) continue;
      const mask = hopMask(this.ctx, n);
      addShifted(table, two, mask);
      // Two-hop tables already keep out the origin; a path may not come back to any other b either.
      if (this.through(b)) this.addVia(table, c, b, mask, -1);
    }
    this.three[b] = table;
    return table;
  }

  private pairTable(b: number, d: number): Float64Array {
    const key = b * this.ctx.index.parties.length + d;
    let table = this.pairs.get(key);
    if (table) return table;
    const { index } = this.ctx;
    table = new Float64Array(HOP_MASKS);
    for (const n of index.out[b]!) {
      const c = index.receiver[n]!;
      if (!this.through(c)) continue;
      const mask = hopMask(this.ctx, n);
      for (const m of channelsBetween(index, c, d)) table[mask | hopMask(this.ctx, m)]! += 1;
    }
    this.pairs.set(key, table);
    return table;
  }

  /**
   * False when no walk of at most `hops` open hops takes `party` to the target through parties other than the
   * ends; true when one may (a search still checks the path it finds). Looks only at the tables, for up to three hops.
   */
  mayReachOpen(party: number, hops: number): boolean {
    if (this.direct[party]?.[0]) return true;
    if (hops >= 2 && this.twoTable(party)[0]) return true;
    if (hops >= 3 && this.threeTable(party)[0]) return true;
    return hops >= 4;
  }

  /**
   * Hop-mask counts of the completions of exactly `hops` hops from `party` (the end of the current prefix) to the
   * target that visit no party already visited. The result is valid until the next call for the same `hops`.
   */
  completions(party: number, hops: number): Float64Array {
    const { ctx, trail } = this;
    const { index, target } = ctx;
    const counts = this.results[hops]!;
    counts.fill(0);
    if (hops === 1) {
      const row = this.direct[party];
      if (row) counts.set(row);
    } else if (hops === 2) {
      counts.set(this.twoTable(party));
      for (const c of trail) if (c !== party) this.addVia(counts, party, c, 0, -1);
    } else if (hops === 3) {
      // party → c → d → T: take out c on the trail, then d on the trail, then add back both on the trail.
      counts.set(this.threeTable(party));
      for (const c of trail) {
        if (c === party) continue;
        for (const n of channelsBetween(index, party, c)) {
          const mask = hopMask(ctx, n);
          addShifted(counts, this.twoTable(c), mask, -1);
          if (this.through(party)) this.addVia(counts, c, party, mask, 1);
          for (const d of trail) if (d !== party && d !== c) this.addVia(counts, c, d, mask, 1);
        }
      }
      for (const d of trail) {
        const row = this.direct[d];
        if (d === party || !row) continue;
        const walks = this.pairTable(party, d);
        for (let k = 0; k < HOP_MASKS; k++) if (walks[k]! !== 0) addShifted(counts, row, k, -walks[k]!);
      }
    } else {
      for (const n of index.out[party]!) {
        const next = index.receiver[n]!;
        if (next === target || this.visited[next]) continue;
        this.enter(next);
        addShifted(counts, this.completions(next, hops - 1), hopMask(ctx, n));
        this.leave(next);
      }
    }
    return counts;
  }

  /**
   * Hop-mask counts of the completions of exactly `hops` hops from `party`, reached over channel `inbound`, in which
   * every intermediary (`party` first) passes the information on as its agreement's relaying hub.
   */
  relayedCompletions(party: number, inbound: number, hops: number): Float64Array {
    const { ctx } = this;
    const { index, target } = ctx;
    const counts = new Float64Array(HOP_MASKS);
    if (index.relayingHub[index.agreementOf[inbound]!] !== party) return counts;
    for (const n of index.out[party]!) {
      const next = index.receiver[n]!;
      if (this.visited[next] || !mayRelay(ctx, inbound, n)) continue;
      if (hops === 1) {
        if (next === target) counts[hopMask(ctx, n)]! += 1;
      } else if (next !== target) {
        this.enter(next);
        addShifted(counts, this.relayedCompletions(next, n, hops - 1), hopMask(ctx, n));
        this.leave(next);
      }
    }
    return counts;
  }

  /**
   * True when the current prefix, ending at `party` (not the target) after channel `inbound` with hop mask `mask`
   * and `relayed` telling whether every intermediary so far passed on lawfully, has a completion of exactly `hops`
   * hops whose outcome `want` accepts.
   */
  canComplete(
    party: number,
    inbound: number,
    hops: number,
    mask: number,
    relayed: boolean,
    want: Wanted,
  ): boolean {
    // A prefix whose reasons already rule out every wanted outcome needs no counting, nor one with no way on.
    if (!want.reachable[mask | (relayed ? 0 : THIRD_PARTY)]) return false;
    if (hops === 1 && !this.direct[party]) return false;
    if (hops === 2 && this.twoTable(party) === EMPTY) return false;
    const all = this.completions(party, hops);
    if (relayed && !this.consent) {
      const lawful = this.relayedCompletions(party, inbound, hops);
      for (let k = 0; k < HOP_MASKS; k++) {
        if (lawful[k]! > 0 && want.accepts(mask | k)) return true;
        if (all[k]! - lawful[k]! > 0 && want.accepts(mask | k | THIRD_PARTY)) return true;
      }
      return false;
    }
    const rule = relayed ? 0 : THIRD_PARTY;
    for (let k = 0; k < HOP_MASKS; k++) if (all[k]! > 0 && want.accepts(mask | k | rule)) return true;
    return false;
  }

  /** Every candidate of the query counted by length (index = hops) and outcome. */
  countAll(): CountsByLength {
    const { ctx } = this;
    const { index, origin, target } = ctx;
    const maxHops = ctx.options.maxHops;
    const byHops = Array.from({ length: maxHops + 1 }, () => new Float64Array(HOP_MASKS));
    const walk = (party: number, depth: number, mask: number) => {
      const left = maxHops - depth;
      const row = this.direct[party];
      if (row) addShifted(byHops[depth + 1]!, row, mask);
      // The last three hops come from the tables; longer prefixes are walked.
      if (left <= 3) {
        if (left >= 2) addShifted(byHops[depth + 2]!, this.completions(party, 2), mask);
        if (left === 3) addShifted(byHops[depth + 3]!, this.completions(party, 3), mask);
        return;
      }
      for (const n of index.out[party]!) {
        const next = index.receiver[n]!;
        if (next === target || this.visited[next]) continue;
        this.enter(next);
        walk(next, depth + 1, mask | hopMask(ctx, n));
        this.leave(next);
      }
    };
    walk(origin, 0, 0);
    // With ad-hoc consent no path breaks the relay rule: its outcome is its hop mask.
    const outcomes = byHops.map((row) => Float64Array.from({ length: OUTCOMES }, (_, k) => row[k] ?? 0));
    if (this.consent) return outcomes;
    const lawful = this.countLawful();
    byHops.forEach((row, hops) => {
      for (let k = 0; k < HOP_MASKS; k++) {
        outcomes[hops]![k] = lawful[hops]![k]!;
        outcomes[hops]![k | THIRD_PARTY] = row[k]! - lawful[hops]![k]!;
      }
    });
    return outcomes;
  }

  /** The candidates in which every intermediary passes on as a relaying hub, by length and hop mask. */
  private countLawful(): CountsByLength {
    const { ctx } = this;
    const { index, origin, target } = ctx;
    const maxHops = ctx.options.maxHops;
    const byHops = Array.from({ length: maxHops + 1 }, () => new Float64Array(HOP_MASKS));
    for (const n of index.out[origin]!) {
      const next = index.receiver[n]!;
      const mask = hopMask(ctx, n);
      if (next === target) byHops[1]![mask]! += 1;
      else {
        this.enter(next);
        for (let hops = 2; hops <= maxHops; hops++) {
          addShifted(byHops[hops]!, this.relayedCompletions(next, n, hops - 1), mask);
        }
        this.leave(next);
      }
    }
    return byHops;
  }
}
