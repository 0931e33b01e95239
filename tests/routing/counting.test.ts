// Blocked candidates are counted, not listed (DESIGN.md rule 10): on random small worlds the counts agree with an
// independent enumeration of every simple path and with the full blocked list; the bounded list is its shortest part.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, buildModel, type Model } from "../../src/model";
import { findRoutes, REASON_CODES, type RouteQuery } from "../../src/routing";
import { syntheticWorld } from "../support/syntheticWorld";
import { hopsOf } from "./helpers";

const worlds = new Map<number, Model>();
function worldOf(seed: number): Model {
  let m = worlds.get(seed);
  if (!m) {
    m = buildModel(
      syntheticWorld({ parties: 5 + (seed % 6), agreements: 6 + (seed % 12), seed: 100 + seed }),
    );
    worlds.set(seed, m);
  }
  return m;
}

interface Case {
  model: Model;
  query: RouteQuery;
  maxHops: number;
  allowConsentRelay: boolean;
  disable: string[];
}

const caseArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 30 }),
    ends: fc.tuple(fc.nat(), fc.nat()),
    topic: fc.nat(),
    day: fc.integer({ min: 0, max: 80 * 365 }),
    maxHops: fc.integer({ min: 1, max: 6 }),
    allowConsentRelay: fc.boolean(),
    disable: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ seed, ends, topic, day, maxHops, allowConsentRelay, disable }): Case => {
    const model = worldOf(seed);
    const { parties, topics, agreements } = model.dataset;
    const ids = [...agreements.map((a) => a.id), ...parties.map((p) => p.id)];
    return {
      model,
      query: {
        from: parties[ends[0] % parties.length]!.id,
        to: parties[ends[1] % parties.length]!.id,
        topic: topics[topic % topics.length]!.id,
        at: addDays("1950-01-01", day),
      },
      maxHops,
      allowConsentRelay,
      disable: disable.map((i) => ids[i % ids.length]!),
    };
  });

/** Every simple path from → to of at most maxHops channels, walked over the graphology graph. */
function simplePathCount(c: Case): number {
  const { graph } = c.model;
  let count = 0;
  const walk = (node: string, depth: number, seen: Set<string>) => {
    graph.forEachOutEdge(node, (_key, _attributes, _source, next) => {
      if (seen.has(next)) return;
      if (next === c.query.to) count++;
      else if (depth + 1 < c.maxHops) walk(next, depth + 1, new Set([...seen, next]));
    });
  };
  if (c.query.from !== c.query.to) walk(c.query.from, 0, new Set([c.query.from]));
  return count;
}

const options = (c: Case) => ({
  maxHops: c.maxHops,
  allowConsentRelay: c.allowConsentRelay,
  disable: c.disable,
});

describe("counting blocked candidates", () => {
  it("blockedTotal is the length of the full blocked list, and with the permitted routes every simple path", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const all = findRoutes(c.model, c.query, { ...options(c), explain: "all" });
        expect(all.blockedTotal).toBe(all.blocked.length);
        expect(all.routes.length + all.blocked.length).toBe(simplePathCount(c));
      }),
      { numRuns: 150 },
    );
  });

  it("the summary counts each code as often as the full list carries it, with a shortest example of each", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const all = findRoutes(c.model, c.query, { ...options(c), explain: "all" });
        const expected = REASON_CODES.map((code) => {
          const carrying = all.blocked.filter((r) => r.reasons.some((x) => x.code === code));
          return { code, count: carrying.length, shortest: Math.min(...carrying.map((r) => r.hops.length)) };
        }).filter((e) => e.count > 0);
        const summary = all.blockedSummary;
        expect(summary.map((s) => [s.code, s.count]).sort()).toEqual(
          expected.map((e) => [e.code, e.count]).sort(),
        );
        const listed = new Set(all.blocked.map(hopsOf));
        for (const s of summary) {
          expect(s.example.reasons.map((x) => x.code)).toContain(s.code);
          expect(s.example.hops.length).toBe(expected.find((e) => e.code === s.code)!.shortest);
          expect(listed.has(hopsOf(s.example))).toBe(true);
        }
        const counts = summary.map((s) => s.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }),
      { numRuns: 150 },
    );
  });

  it("a bounded list holds the blocked candidates with fewest hops, and changes nothing else", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 12 }), (c, explain) => {
        const all = findRoutes(c.model, c.query, { ...options(c), explain: "all" });
        const some = findRoutes(c.model, c.query, { ...options(c), explain });
        expect(some.blocked).toHaveLength(Math.min(explain, all.blockedTotal));
        expect(some.query.explain).toBe(explain);
        expect({ ...some, query: null, blocked: null }).toEqual({ ...all, query: null, blocked: null });
        const listed = new Set(some.blocked.map(hopsOf));
        const full = new Map(all.blocked.map((r) => [hopsOf(r), r]));
        expect(some.blocked.filter((r) => !full.has(hopsOf(r)))).toEqual([]);
        expect(some.blocked.map((r) => full.get(hopsOf(r)))).toEqual(some.blocked);
        const longestListed = Math.max(0, ...some.blocked.map((r) => r.hops.length));
        const shortestLeft = Math.min(
          Number.POSITIVE_INFINITY,
          ...all.blocked.filter((r) => !listed.has(hopsOf(r))).map((r) => r.hops.length),
        );
        expect(longestListed).toBeLessThanOrEqual(shortestLeft);
      }),
      { numRuns: 150 },
    );
  });
});
