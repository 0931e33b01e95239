// Invariants of the route engine on random synthetic worlds, and agreement with a naive enumerate-then-filter
// reference written here from DESIGN.md's rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  buildModel,
  isCovered,
  type Model,
  OPERATIVE,
  overlaps,
  statusOn,
  toDay,
} from "../../src/model";
import { findRoutes, type Route, type RouteQuery } from "../../src/routing";
import { syntheticWorld } from "../support/syntheticWorld";
import { hopsOf } from "./helpers";

const worlds = new Map<number, Model>();
function worldOf(seed: number): Model {
  let m = worlds.get(seed);
  if (!m) {
    m = buildModel(syntheticWorld({ parties: 8 + (seed % 8), agreements: 12 + (seed % 18), seed }));
    worlds.set(seed, m);
  }
  return m;
}

interface Case {
  model: Model;
  query: RouteQuery;
  maxHops: number;
  allowConsentRelay: boolean;
}

const caseArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 40 }),
    from: fc.nat(),
    to: fc.nat(),
    topic: fc.nat(),
    day: fc.integer({ min: 0, max: 80 * 365 }),
    maxHops: fc.integer({ min: 1, max: 3 }),
    allowConsentRelay: fc.boolean(),
  })
  .map(({ seed, from, to, topic, day, maxHops, allowConsentRelay }): Case => {
    const model = worldOf(seed);
    const parties = model.dataset.parties;
    const topics = model.dataset.topics;
    return {
      model,
      query: {
        from: parties[from % parties.length]!.id,
        to: parties[to % parties.length]!.id,
        topic: topics[topic % topics.length]!.id,
        at: addDays("1950-01-01", day),
      },
      maxHops,
      allowConsentRelay,
    };
  });

const RUNS = { numRuns: 150 };

/** Naive reference: every simple path over the graph, then DESIGN.md's rules on each; permitted hop lists. */
function naivePermitted(c: Case, disable: readonly string[] = []): string[] {
  const { model, query } = c;
  const out: string[] = [];
  const hopOk = (key: string) => {
    const { agreement: id, from, to } = model.graph.getEdgeAttributes(key);
    const agreement = model.agreements.get(id)!;
    if ([id, from, to].some((x) => disable.includes(x))) return false;
    if (!OPERATIVE.has(statusOn(agreement, query.at, [from, to]).status)) return false;
    if (!isCovered(model.topics, query.topic, agreement.scope)) return false;
    for (const p of model.dataset.policies) {
      if (p.party !== from || p.receiver !== to || (p.agreement && p.agreement !== id)) continue;
      if (query.at < toDay(p.from) || (p.to && query.at > toDay(p.to))) continue;
      if (p.allow && !isCovered(model.topics, query.topic, p.allow)) return false;
      if (p.deny?.some((d) => overlaps(model.topics, query.topic, d))) return false;
    }
    return true;
  };
  const walk = (node: string, path: string[], seen: string[]) => {
    if (path.length === c.maxHops) return;
    for (const key of model.graph.outEdges(node)) {
      const next = model.graph.target(key);
      if (seen.includes(next)) continue;
      const full = [...path, key];
      if (next === query.to) {
        const ok =
          full.every(hopOk) &&
          full.slice(1).every((k, i) => {
            const inbound = model.graph.getEdgeAttributes(full[i]!);
            const outbound = model.graph.getEdgeAttributes(k);
            const a = model.agreements.get(inbound.agreement)!;
            const hubRelay = inbound.agreement === outbound.agreement && a.hub === outbound.from && a.relay;
            return hubRelay || c.allowConsentRelay;
          });
        if (ok) out.push(full.join(" "));
      } else walk(next, full, [...seen, next]);
    }
  };
  if (query.from !== query.to) walk(query.from, [], [query.from]);
  return out.sort();
}

const keyOf = (r: Route) => r.hops.map((h) => `${h.agreement}:${h.from}->${h.to}`).join(" ");
const answer = (c: Case, extra: object = {}) =>
  findRoutes(c.model, c.query, {
    maxHops: c.maxHops,
    allowConsentRelay: c.allowConsentRelay,
    explain: "all",
    ...extra,
  });

describe("synthetic worlds", () => {
  it("every route is a simple path with the right ends whose hops chain", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = answer(c);
        const bad = [...a.routes, ...a.blocked].filter(
          (r) =>
            r.parties[0] !== c.query.from ||
            r.parties[r.parties.length - 1] !== c.query.to ||
            new Set(r.parties).size !== r.parties.length ||
            r.hops.length !== r.parties.length - 1 ||
            r.hops.length > c.maxHops ||
            r.hops.some(
              (h, i) =>
                h.from !== r.parties[i] ||
                h.to !== r.parties[i + 1] ||
                !c.model.graph.hasEdge(`${h.agreement}:${h.from}->${h.to}`),
            ) ||
            r.kind !== (r.hops.length === 1 ? "direct" : "relayed") ||
            r.intermediaries.join() !== r.parties.slice(1, -1).join() ||
            (r.status === "permitted") !== (r.reasons.length === 0),
        );
        expect(bad).toEqual([]);
        expect(a.routes.every((r) => r.status === "permitted")).toBe(true);
        expect(a.blocked.every((r) => r.status === "blocked")).toBe(true);
      }),
      RUNS,
    );
  });

  it("agrees with the naive reference on permitted routes, with and without the full blocked list", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const expected = naivePermitted(c);
        expect(answer(c).routes.map(keyOf).sort()).toEqual(expected);
        expect(answer(c, { explain: 0 }).routes.map(keyOf).sort()).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("lists every candidate once: permitted plus blocked equals all simple paths", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = answer(c);
        const all = [...a.routes, ...a.blocked].map(keyOf);
        expect(new Set(all).size).toBe(all.length);
        const withConsent = naivePermitted({ ...c, allowConsentRelay: true, query: c.query }, []);
        // Every route the naive reference permits with consent is at least a candidate here.
        expect(withConsent.filter((k) => !all.includes(k))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("raising maxHops never removes a permitted route", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const fewer = answer({ ...c, maxHops: Math.max(1, c.maxHops - 1) }).routes.map(keyOf);
        const more = new Set(answer(c).routes.map(keyOf));
        expect(fewer.filter((k) => !more.has(k))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("disabling an agreement never adds a permitted route", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const before = new Set(answer(c).routes.map(keyOf));
        const agreements = c.model.dataset.agreements;
        const off = agreements[pick % agreements.length]!.id;
        const after = answer(c, { disable: [off] }).routes;
        expect(after.filter((r) => !before.has(keyOf(r)) || r.hops.some((h) => h.agreement === off))).toEqual(
          [],
        );
      }),
      RUNS,
    );
  });

  it("any date inside a route's window gives the route the same status", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), (c, t) => {
        const a = answer(c);
        for (const r of [...a.routes.slice(0, 3), ...a.blocked.slice(0, 3)]) {
          const from = r.validFrom ?? addDays(c.query.at, -20 * 365);
          const to = r.validTo ?? addDays(c.query.at, 20 * 365);
          const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
          expect(span).toBeGreaterThanOrEqual(0);
          const day = addDays(from, Math.round(span * t));
          const other = findRoutes(
            c.model,
            { ...c.query, at: day },
            { maxHops: c.maxHops, allowConsentRelay: c.allowConsentRelay, explain: "all" },
          );
          const same = [...other.routes, ...other.blocked].find((x) => keyOf(x) === keyOf(r));
          expect(same?.status).toBe(r.status);
          expect(same?.reasons.map((x) => `${x.code}@${x.hop}`)).toEqual(
            r.reasons.map((x) => `${x.code}@${x.hop}`),
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it("is deterministic: the same query, and the same seed, give the same answer", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(answer(c)).toEqual(answer(c));
        const seed = c.model.dataset.title;
        expect(seed).toContain("seed");
      }),
      { numRuns: 40 },
    );
    expect(syntheticWorld({ parties: 12, agreements: 40, seed: 7 })).toEqual(
      syntheticWorld({ parties: 12, agreements: 40, seed: 7 }),
    );
    const m1 = buildModel(syntheticWorld({ parties: 12, agreements: 40, seed: 7 }));
    const m2 = buildModel(syntheticWorld({ parties: 12, agreements: 40, seed: 7 }));
    const q = { from: "P0001", to: "P0002", topic: "any", at: "2000-01-01" };
    expect(findRoutes(m1, q, { maxHops: 4, allowConsentRelay: true })).toEqual(
      findRoutes(m2, q, { maxHops: 4, allowConsentRelay: true }),
    );
  });

  it("routes differ by their hops, so hopsOf names each one", () => {
    const m = worldOf(3);
    const a = findRoutes(
      m,
      { from: "P0001", to: "P0002", topic: "any", at: "2000-01-01" },
      { explain: "all" },
    );
    const keys = [...a.routes, ...a.blocked].map(hopsOf);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
