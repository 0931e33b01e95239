// Properties of the analyses on random small synthetic worlds, each checked against findRoutes asked pair by pair
// and day by day: the analyses must give the engine's answers, only faster.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokers, compareDates, criticalLinks, reachability, routeTimeline } from "../../src/analysis";
import { addDays, buildModel, compareDays, type Model, toDay } from "../../src/model";
import { findRoutes, type Route, type RouteOptions, routeKey } from "../../src/routing";
import { syntheticWorld } from "../support/syntheticWorld";

const worlds = new Map<number, Model>();
function worldOf(seed: number): Model {
  let m = worlds.get(seed);
  if (!m) {
    m = buildModel(syntheticWorld({ parties: 6 + (seed % 6), agreements: 10 + (seed % 14), seed }));
    worlds.set(seed, m);
  }
  return m;
}

interface Case {
  model: Model;
  from: string;
  to: string;
  topic: string;
  at: string;
  options: Partial<RouteOptions>;
}

const caseArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 30 }),
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
      from: parties[from % parties.length]!.id,
      to: parties[to % parties.length]!.id,
      topic: topics[topic % topics.length]!.id,
      at: addDays("1950-01-01", day),
      options: { maxHops, allowConsentRelay },
    };
  });

const shown = (r: Route) => ({
  status: r.status,
  conditions: r.conditions.map((c) => c.code),
  warnings: r.warnings.map((w) => w.code),
});

/** What findRoutes says of every candidate on a day, by key. */
function engineOn(c: Case, at: string) {
  const a = findRoutes(
    c.model,
    { from: c.from, to: c.to, topic: c.topic, at },
    { ...c.options, explain: "all" },
  );
  return {
    best: a.routes[0]?.kind ?? "none",
    routes: Object.fromEntries([...a.routes, ...a.blocked].map((r) => [routeKey(r), shown(r)])),
  };
}

/** Check a timeline's cover of since..until and findRoutes' answers on three days of each interval. */
function checkTimeline(c: Case, since: string, until: string, pick: number) {
  const { intervals } = routeTimeline(
    c.model,
    c.from,
    c.to,
    c.topic,
    { ...c.options, explain: "all" },
    since,
    until,
  );
  expect(intervals[0]!.from).toBe(since);
  expect(intervals[intervals.length - 1]!.to).toBe(until);
  intervals.forEach((interval, i) => {
    expect(compareDays(interval.from, interval.to!)).toBeLessThanOrEqual(0);
    const next = intervals[i + 1];
    if (next) {
      expect(next.from).toBe(addDays(interval.to!, 1));
      expect(JSON.stringify(next.routes)).not.toBe(JSON.stringify(interval.routes));
    }
    // The first day, the last day and one day between.
    const length = Math.round((Date.parse(interval.to!) - Date.parse(interval.from)) / 86_400_000);
    for (const day of new Set([interval.from, interval.to!, addDays(interval.from, pick % (length + 1))])) {
      const engine = engineOn(c, day);
      expect(interval.best).toBe(engine.best);
      expect(Object.fromEntries(interval.routes.map(({ key, ...rest }) => [key, rest]))).toEqual(
        engine.routes,
      );
    }
  });
}

describe("routeTimeline properties", () => {
  it("covers since..until without gaps or overlaps, and findRoutes agrees on any day inside an interval", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 20 * 365 }), fc.nat(), (c, span, pick) => {
        checkTimeline(c, c.at, addDays(c.at, span), pick);
      }),
      { numRuns: 60 },
    );
  });

  it("does so around a policy, from its sender to its receiver", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 0, max: 400 }), fc.nat(), (c, which, margin, pick) => {
        const policies = c.model.dataset.policies;
        const policy = policies[which % policies.length]!;
        const pair = { ...c, from: policy.party, to: policy.receiver, options: { ...c.options, maxHops: 1 } };
        checkTimeline(
          pair,
          addDays(toDay(policy.from), -margin),
          addDays(toDay(policy.to ?? policy.from), margin),
          pick,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe("routeTimeline explain", () => {
  it("keeps the intervals and lists every candidate permitted on some day plus the n shortest blocked throughout", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 20 * 365 }),
        fc.integer({ min: 0, max: 3 }),
        (c, span, n) => {
          const until = addDays(c.at, span);
          const all = routeTimeline(
            c.model,
            c.from,
            c.to,
            c.topic,
            { ...c.options, explain: "all" },
            c.at,
            until,
          );
          const some = routeTimeline(
            c.model,
            c.from,
            c.to,
            c.topic,
            { ...c.options, explain: n },
            c.at,
            until,
          );
          const bounds = (t: typeof all) => t.intervals.map((i) => [i.from, i.to, i.best]);
          expect(bounds(some)).toEqual(bounds(all));
          const everPermitted = new Set(
            all.intervals.flatMap((i) => i.routes.filter((r) => r.status === "permitted").map((r) => r.key)),
          );
          const throughout = all.intervals[0]!.routes.filter((r) => !everPermitted.has(r.key)).map(
            (r) => r.key,
          );
          const listed = some.intervals[0]!.routes.filter((r) => !everPermitted.has(r.key)).map((r) => r.key);
          // As findRoutes lists blocked candidates: the first n, fewest hops first (of equal length, any n).
          expect(listed).toHaveLength(Math.min(n, throughout.length));
          const hops = (key: string) => key.split(":")[0]!.split(">").length - 1;
          const unlisted = throughout.filter((key) => !listed.includes(key));
          expect(Math.max(0, ...listed.map(hops))).toBeLessThanOrEqual(Math.min(9, ...unlisted.map(hops)));
          const kept = new Set([...everPermitted, ...listed]);
          some.intervals.forEach((interval, i) => {
            expect(interval.routes).toEqual(all.intervals[i]!.routes.filter((r) => kept.has(r.key)));
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("reachability properties", () => {
  it("agrees with findRoutes on every ordered pair", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = reachability(c.model, c.topic, c.at, c.options);
        const n = c.model.parties.size;
        expect(r.pairs).toHaveLength(n * (n - 1));
        for (const pair of r.pairs) {
          const a = findRoutes(
            c.model,
            { from: pair.from, to: pair.to, topic: c.topic, at: c.at },
            {
              ...c.options,
              explain: 0,
            },
          );
          expect(pair).toEqual({
            from: pair.from,
            to: pair.to,
            best: a.routes[0]?.kind ?? "none",
            permitted: a.routes.length,
            conditional:
              a.routes.length > 0 && a.routes.every((x) => x.conditions.length + x.warnings.length > 0),
          });
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("brokers properties", () => {
  it("agrees with the intermediaries of findRoutes' permitted routes, pair by pair", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const sole = new Map<string, number>();
        const on = new Map<string, number>();
        const add = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
        for (const from of c.model.parties.keys()) {
          for (const to of c.model.parties.keys()) {
            if (from === to) continue;
            const { routes } = findRoutes(
              c.model,
              { from, to, topic: c.topic, at: c.at },
              { ...c.options, explain: 0 },
            );
            const through = new Set(routes.flatMap((r) => r.intermediaries));
            for (const p of through) {
              add(on, p);
              if (routes.every((r) => r.intermediaries.includes(p))) add(sole, p);
            }
          }
        }
        const b = brokers(c.model, c.topic, c.at, c.options);
        for (const row of b.brokers) {
          expect(row).toEqual({
            party: row.party,
            sole: sole.get(row.party) ?? 0,
            on: on.get(row.party) ?? 0,
          });
        }
        expect(b.brokers).toHaveLength(c.model.parties.size);
      }),
      { numRuns: 20 },
    );
  });
});

describe("criticalLinks properties", () => {
  it("losing a critical agreement, party or pair leaves no permitted route; losing anything else leaves some", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const query = { from: c.from, to: c.to, topic: c.topic, at: c.at };
        const critical = criticalLinks(c.model, query, c.options);
        const left = (disable: string[]) =>
          findRoutes(c.model, query, { ...c.options, explain: 0, disable }).routes.length;
        expect(critical.permitted).toBe(left([]));
        if (critical.permitted === 0) return;
        for (const id of [...critical.agreements, ...critical.parties]) expect(left([id])).toBe(0);
        for (const [a, b] of critical.pairs) {
          expect(left([a, b])).toBe(0);
          expect(left([a])).toBeGreaterThan(0);
          expect(left([b])).toBeGreaterThan(0);
        }
        const { routes } = findRoutes(c.model, query, { ...c.options, explain: 0 });
        const used = new Set(routes.flatMap((r) => r.hops.map((h) => h.agreement)));
        for (const id of used) if (!critical.agreements.includes(id)) expect(left([id])).toBeGreaterThan(0);
        const via = new Set(routes.flatMap((r) => r.intermediaries));
        for (const id of via) if (!critical.parties.includes(id)) expect(left([id])).toBeGreaterThan(0);
        // Any two used agreements, neither critical alone, cut the pair off exactly when they are a reported pair.
        const loose = [...used].filter((id) => !critical.agreements.includes(id)).sort();
        for (let i = 0; i < loose.length; i++) {
          for (let j = i + 1; j < loose.length; j++) {
            const reported = critical.pairs.some(([a, b]) => a === loose[i] && b === loose[j]);
            expect(left([loose[i]!, loose[j]!]) === 0).toBe(reported);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("compareDates properties", () => {
  it("gained and lost are the differences of findRoutes' permitted keys on the two dates", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -30 * 365, max: 30 * 365 }), (c, shift) => {
        const d2 = addDays(c.at, shift);
        const cmp = compareDates(c.model, { from: c.from, to: c.to, topic: c.topic }, c.at, d2, c.options);
        const keysOn = (at: string) =>
          new Set(
            findRoutes(
              c.model,
              { from: c.from, to: c.to, topic: c.topic, at },
              { ...c.options, explain: 0 },
            ).routes.map(routeKey),
          );
        const one = keysOn(c.at);
        const two = keysOn(d2);
        expect(cmp.gained.map(routeKey).sort()).toEqual([...two].filter((k) => !one.has(k)).sort());
        expect(cmp.lost.map(routeKey).sort()).toEqual([...one].filter((k) => !two.has(k)).sort());
        for (const change of cmp.changed) expect(one.has(change.key) && two.has(change.key)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
