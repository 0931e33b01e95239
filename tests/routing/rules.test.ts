// Every reason code, condition and warning of the route rules, on small named worlds built in code; expected
// values are written by hand.
import { describe, expect, it } from "vitest";
import { LiaisonError } from "../../src/model";
import { findRoutes, type RouteOptions, type RouteQuery } from "../../src/routing";
import { ag, codes, ev, hopsOf, hubAg, pol, world } from "./helpers";

const q = (over: Partial<RouteQuery> = {}): RouteQuery => ({
  from: "AA",
  to: "BB",
  topic: "nk-missile",
  at: "2010-06-01",
  ...over,
});

describe("candidates", () => {
  it("lists parallel agreements between one pair as distinct routes, ordered by agreement id", () => {
    const m = world([ag("y", ["AA", "BB"]), ag("x", ["AA", "BB"])]);
    const a = findRoutes(m, q());
    expect(a.routes.map(hopsOf)).toEqual(["x:AA->BB", "y:AA->BB"]);
    expect(a.blocked).toEqual([]);
  });

  it("follows only simple paths up to maxHops", () => {
    // A–C–D–B chain plus A–B direct: the chain needs 3 hops.
    const m = world([
      ag("ab", ["AA", "BB"]),
      ag("ac", ["AA", "CC"]),
      ag("cd", ["CC", "DD"]),
      ag("db", ["DD", "BB"]),
    ]);
    expect(findRoutes(m, q(), { maxHops: 2 }).blocked.map(hopsOf)).toEqual([]);
    expect(findRoutes(m, q(), { maxHops: 3 }).blocked.map(hopsOf)).toEqual(["ac:AA->CC cd:CC->DD db:DD->BB"]);
  });

  it("answers from = to with no route", () => {
    const m = world([ag("ab", ["AA", "BB"])]);
    expect(findRoutes(m, q({ to: "AA" }))).toMatchObject({ routes: [], blocked: [] });
  });

  it("echoes the query with the resolved options", () => {
    const m = world([ag("ab", ["AA", "BB"])]);
    expect(findRoutes(m, q(), { disable: ["zz"] }).query).toEqual({
      from: "AA",
      to: "BB",
      topic: "nk-missile",
      at: "2010-06-01",
      maxHops: 3,
      allowConsentRelay: false,
      disable: ["zz"],
      explain: 10,
    });
  });
});

describe("hop reasons", () => {
  it("disabled-by-scenario: an agreement, or a party on the path", () => {
    const m = world([ag("ab", ["AA", "BB"]), hubAg("hub", ["CC", "AA", "BB"])]);
    const byAgreement = findRoutes(m, q(), { disable: ["ab"] });
    expect(byAgreement.routes.map(hopsOf)).toEqual(["hub:AA->CC hub:CC->BB"]);
    const ab = byAgreement.blocked.find((r) => hopsOf(r) === "ab:AA->BB")!;
    expect(ab.reasons).toEqual([
      {
        code: "disabled-by-scenario",
        hop: 0,
        message: "The scenario switches off Agreement AB, so State A (AA) cannot send to State B (BB).",
      },
    ]);
    const byParty = findRoutes(m, q(), { disable: ["CC"] });
    expect(byParty.routes.map(hopsOf)).toEqual(["ab:AA->BB"]);
    const relay = byParty.blocked.find((r) => hopsOf(r) === "hub:AA->CC hub:CC->BB")!;
    expect(relay.reasons.map((r) => [r.code, r.hop])).toEqual([
      ["disabled-by-scenario", 0],
      ["disabled-by-scenario", 1],
    ]);
  });

  it("not-in-force: before entry into force, after termination, after a notice takes effect, before accession", () => {
    const m = world([
      ag("later", ["AA", "BB"], { timeline: [ev("signed", "2009-01-01"), ev("in-force", "2011-01-01")] }),
      ag("ended", ["AA", "BB"], { timeline: [ev("in-force", "2000-01-01"), ev("terminated", "2005-01-01")] }),
      ag("noticed", ["AA", "BB"], {
        timeline: [
          ev("in-force", "2000-01-01"),
          ev("termination-notified", "2010-01-01", { effective: "2010-04-01" }),
        ],
      }),
      ag("club", ["AA", "BB", "CC"], {
        timeline: [ev("in-force", "2000-01-01"), ev("in-force", "2012-01-01", { parties: ["BB"] })],
      }),
    ]);
    const a = findRoutes(m, q(), { maxHops: 1 });
    expect(a.routes).toEqual([]);
    expect(a.blocked.map((r) => [hopsOf(r), codes(r.reasons)])).toEqual([
      ["club:AA->BB", ["not-in-force"]],
      ["ended:AA->BB", ["not-in-force"]],
      ["later:AA->BB", ["not-in-force"]],
      ["noticed:AA->BB", ["not-in-force"]],
    ]);
    expect(a.blocked[2]!.reasons[0]!.message).toBe(
      "Agreement LATER is not yet in force between State A (AA) and State B (BB) on 2010-06-01.",
    );
    expect(a.blocked[1]!.reasons[0]!.message).toContain("is no longer in force");
    // After the accession the club carries AA → BB; by then the late agreement is in force too.
    expect(findRoutes(m, q({ at: "2011-06-01" }), { maxHops: 1 }).routes.map(hopsOf)).toEqual([
      "later:AA->BB",
    ]);
    expect(findRoutes(m, q({ at: "2012-01-01" }), { maxHops: 1 }).routes.map(hopsOf)).toEqual([
      "club:AA->BB",
      "later:AA->BB",
    ]);
  });

  it("out-of-scope: a topic outside the scope, or wider than it", () => {
    const m = world([ag("ab", ["AA", "BB"], { scope: ["nk-nuclear", "nk-missile"] })]);
    expect(findRoutes(m, q()).routes.map(hopsOf)).toEqual(["ab:AA->BB"]);
    for (const topic of ["china-military", "north-korea", "any"]) {
      expect(codes(findRoutes(m, q({ topic })).blocked[0]!.reasons)).toEqual(["out-of-scope"]);
    }
    expect(findRoutes(m, q({ topic: "china-military" })).blocked[0]!.reasons[0]!.message).toBe(
      "Agreement AB does not cover Chinese military; it covers NK nuclear, NK missiles.",
    );
  });

  it("policy-restriction: an allow list that does not cover the topic, or a deny that overlaps it", () => {
    const allow = world(
      [ag("ab", ["AA", "BB"])],
      [pol("p", "AA", "BB", { agreement: "ab", allow: ["north-korea"] })],
    );
    expect(findRoutes(allow, q({ topic: "nk-missile" })).routes).toHaveLength(1);
    expect(codes(findRoutes(allow, q({ topic: "any" })).blocked[0]!.reasons)).toEqual(["policy-restriction"]);
    const deny = world([ag("ab", ["AA", "BB"])], [pol("p", "AA", "BB", { deny: ["nk-missile"] })]);
    expect(codes(findRoutes(deny, q({ topic: "nk-missile" })).blocked[0]!.reasons)).toEqual([
      "policy-restriction",
    ]);
    expect(codes(findRoutes(deny, q({ topic: "north-korea" })).blocked[0]!.reasons)).toEqual([
      "policy-restriction",
    ]);
    expect(findRoutes(deny, q({ topic: "nk-nuclear" })).routes).toHaveLength(1);
    expect(findRoutes(deny, q({ topic: "nk-missile" })).blocked[0]!.reasons[0]!.message).toBe(
      "State A (AA) holds back NK missiles from State B (BB): it holds back NK missiles (official policy, from 2000-01-01).",
    );
  });

  it("applies a policy only to its sender, its receiver, its agreement and its dates", () => {
    const m = world(
      [ag("ab", ["AA", "BB"]), ag("ab2", ["AA", "BB"])],
      [
        pol("only-ab", "AA", "BB", { agreement: "ab", deny: ["any"] }),
        pol("other-way", "BB", "AA", { deny: ["any"] }),
        pol("old", "AA", "BB", { agreement: "ab2", deny: ["any"], from: "2001-01-01", to: "2005-12-31" }),
      ],
    );
    const a = findRoutes(m, q());
    expect(a.routes.map(hopsOf)).toEqual(["ab2:AA->BB"]);
    expect(a.blocked.map(hopsOf)).toEqual(["ab:AA->BB"]);
    expect(findRoutes(m, q({ at: "2005-12-31" })).routes).toEqual([]);
    expect(findRoutes(m, q({ at: "2001-01-01" })).routes).toEqual([]);
    expect(findRoutes(m, q({ at: "2006-01-01" })).routes.map(hopsOf)).toEqual(["ab2:AA->BB"]);
  });
});

describe("relay", () => {
  it("lets the hub of one agreement relay, with the originator's approval", () => {
    const m = world([hubAg("hub", ["CC", "AA", "BB"])]);
    const [route] = findRoutes(m, q()).routes;
    expect(hopsOf(route!)).toBe("hub:AA->CC hub:CC->BB");
    expect(route!.conditions).toEqual([
      {
        code: "originator-approval",
        message:
          "State C (CC), the hub of Agreement HUB, passes the information on to State B (BB) only with State A (AA)'s approval.",
      },
    ]);
    expect(route!.intermediaries).toEqual(["CC"]);
    expect(route!.kind).toBe("relayed");
  });

  it("relays without condition when the agreement says none", () => {
    const m = world([hubAg("hub", ["CC", "AA", "BB"], { relay: { condition: "none" } })]);
    expect(findRoutes(m, q()).routes[0]!.conditions).toEqual([]);
  });

  it("third-party-rule: a hub without relay, a non-hub, or two different agreements", () => {
    const m = world([
      hubAg("mute", ["CC", "AA", "BB"], { relay: undefined }),
      ag("club", ["AA", "BB", "DD"]),
      ag("ae", ["AA", "EE"]),
      ag("eb", ["EE", "BB"]),
    ]);
    const a = findRoutes(m, q({ at: "2010-06-01" }), { disable: ["BB"] });
    expect(a.routes).toEqual([]);
    const b = findRoutes(m, q(), { maxHops: 2 });
    expect(b.routes.map(hopsOf)).toEqual(["club:AA->BB"]);
    expect(b.blocked.map((r) => [hopsOf(r), r.reasons.map((x) => `${x.code}@${x.hop}`)])).toEqual([
      ["ae:AA->EE eb:EE->BB", ["third-party-rule@1"]],
      ["club:AA->DD club:DD->BB", ["third-party-rule@1"]],
      ["mute:AA->CC mute:CC->BB", ["third-party-rule@1"]],
    ]);
    expect(b.blocked[0]!.reasons[0]!.message).toBe(
      "State E (EE) may not pass State A (AA)'s information on to State B (BB): Agreement AE and Agreement EB make no provision for State E (EE) to relay it (third-party rule).",
    );
  });

  it("with allowConsentRelay, turns third-party-rule routes into permitted ones with ad-hoc-consent", () => {
    const m = world([ag("ae", ["AA", "EE"]), ag("eb", ["EE", "BB"])]);
    const [route] = findRoutes(m, q(), { allowConsentRelay: true }).routes;
    expect(hopsOf(route!)).toBe("ae:AA->EE eb:EE->BB");
    expect(codes(route!.conditions)).toEqual(["ad-hoc-consent"]);
    expect(route!.reasons).toEqual([]);
  });

  it("blocks the second relay of a longer path through a hub", () => {
    // A → C (hub) → D under the hub agreement, then D → B under another: D is no hub.
    const m = world([hubAg("hub", ["CC", "AA", "DD"]), ag("db", ["DD", "BB"])]);
    const a = findRoutes(m, q());
    expect(a.routes).toEqual([]);
    expect(a.blocked.map((r) => [hopsOf(r), r.reasons.map((x) => `${x.code}@${x.hop}`)])).toEqual([
      ["hub:AA->CC hub:CC->DD db:DD->BB", ["third-party-rule@2"]],
    ]);
  });
});

describe("warnings", () => {
  const one = (m: ReturnType<typeof world>, at = "2010-06-01", topic = "nk-missile") => {
    const a = findRoutes(m, q({ at, topic }), { maxHops: 1 });
    expect(a.routes).toHaveLength(1);
    return a.routes[0]!;
  };

  it("non-binding", () => {
    const r = one(world([ag("ab", ["AA", "BB"], { legalNature: "non-binding", kind: "arrangement" })]));
    expect(r.warnings).toEqual([
      {
        code: "non-binding",
        message: "Agreement AB is a non-binding arrangement: no party is legally bound to share under it.",
      },
    ]);
  });

  it("termination-pending and conditional-status", () => {
    const m = world([
      ag("ab", ["AA", "BB"], {
        timeline: [
          ev("in-force", "2000-01-01"),
          ev("termination-notified", "2010-05-01", { effective: "2010-08-01" }),
          ev("termination-suspended", "2010-07-31"),
        ],
      }),
    ]);
    expect(one(m, "2010-06-01").warnings).toEqual([
      {
        code: "termination-pending",
        message:
          "Notice to terminate Agreement AB (AA–BB) was given on 2010-05-01; it ends on 2010-08-01 unless withdrawn.",
      },
    ]);
    expect(codes(one(m, "2011-01-01").warnings)).toEqual(["conditional-status"]);
    expect(one(m, "2011-01-01").warnings[0]!.message).toBe(
      "The termination of Agreement AB (AA–BB) was suspended on 2010-07-31; it can be revived at any time.",
    );
  });

  it("reported-policy, whether or not it narrows the topic", () => {
    const m = world(
      [ag("ab", ["AA", "BB"])],
      [pol("p", "AA", "BB", { deny: ["china-military"], status: "reported" })],
    );
    expect(codes(one(m).warnings)).toEqual(["reported-policy"]);
    const official = world([ag("ab", ["AA", "BB"])], [pol("p", "AA", "BB", { deny: ["china-military"] })]);
    expect(one(official).warnings).toEqual([]);
  });

  it("unconfirmed-source: an unconfirmed or disputed event, or an unconfirmed source", () => {
    for (const event of [
      ev("in-force", "2000-01-01", { certainty: "unconfirmed" }),
      ev("in-force", "2000-01-01", { certainty: "disputed" }),
      ev("in-force", "2000-01-01", { sources: ["s-weak"] }),
    ]) {
      expect(codes(one(world([ag("ab", ["AA", "BB"], { timeline: [event] })])).warnings)).toEqual([
        "unconfirmed-source",
      ]);
    }
    const reported = world([
      ag("ab", ["AA", "BB"], { timeline: [ev("in-force", "2000-01-01", { certainty: "reported" })] }),
    ]);
    expect(one(reported).warnings).toEqual([]);
  });

  it("approximate-date when the status rests on a month-only date, not when another event is approximate", () => {
    const m = world([ag("ab", ["AA", "BB"], { timeline: [ev("in-force", "2000-03")] })]);
    expect(one(m).warnings).toEqual([
      {
        code: "approximate-date",
        message:
          "The in-force date of Agreement AB (AA–BB) is known only as 2000-03; the route's dates are approximate.",
      },
    ]);
    expect(one(m).validFrom).toBe("2000-03-01");
    const signedRoughly = world([
      ag("ab", ["AA", "BB"], { timeline: [ev("signed", "1999-03"), ev("in-force", "2000-01-01")] }),
    ]);
    expect(one(signedRoughly).warnings).toEqual([]);
  });

  it("one approximate-date warning per hop, naming each rough date its status rests on", () => {
    // The forum was formed in a year, its members are dated by a month: the AA–BB channel rests on both dates.
    const m = world([
      ag("abc", ["AA", "BB", "CC"], {
        timeline: [ev("in-force", "1982"), ev("in-force", "2013-04", { parties: ["AA", "BB", "CC"] })],
      }),
    ]);
    const approximate = one(m, "2015-06-01").warnings.filter((w) => w.code === "approximate-date");
    expect(approximate).toEqual([
      {
        code: "approximate-date",
        message:
          "The in-force dates of Agreement ABC (AA–BB–CC) are known only as 1982 and 2013-04; the route's dates are approximate.",
      },
    ]);
  });

  it("gives blocked routes no warnings or conditions", () => {
    const m = world([hubAg("hub", ["CC", "AA", "BB"], { legalNature: "non-binding" })]);
    expect(codes(findRoutes(m, q()).routes[0]!.conditions)).toEqual(["originator-approval"]);
    const b = findRoutes(m, q(), { disable: ["hub"] }).blocked[0]!;
    expect(b.warnings).toEqual([]);
    expect(b.conditions).toEqual([]);
  });
});

describe("order", () => {
  it("fewer hops, then fewer conditions, then fewer warnings, then agreement ids", () => {
    const m = world([
      ag("z-direct", ["AA", "BB"], { legalNature: "non-binding" }),
      ag("y-direct", ["AA", "BB"], { legalNature: "non-binding" }),
      ag("x-direct", ["AA", "BB"]),
      hubAg("a-hub", ["CC", "AA", "BB"], { legalNature: "binding" }),
      hubAg("b-hub", ["DD", "AA", "BB"], { legalNature: "binding", relay: { condition: "none" } }),
    ]);
    expect(findRoutes(m, q()).routes.map(hopsOf)).toEqual([
      "x-direct:AA->BB",
      "y-direct:AA->BB",
      "z-direct:AA->BB",
      "b-hub:AA->DD b-hub:DD->BB",
      "a-hub:AA->CC a-hub:CC->BB",
    ]);
  });
});

describe("validity window and sources", () => {
  it("intersects the hops' status periods and the policies' dates", () => {
    const m = world(
      [
        ag("ab", ["AA", "CC"], {
          timeline: [
            ev("in-force", "2000-01-01"),
            ev("termination-notified", "2012-01-01", { effective: "2012-04-01" }),
          ],
        }),
        hubAg("hub", ["CC", "AA", "BB"], { timeline: [ev("in-force", "2004-05-06")] }),
      ],
      [
        pol("early", "CC", "BB", { deny: ["china-military"], from: "2003-01-01", to: "2005-12-31" }),
        pol("late", "AA", "CC", { deny: ["china-military"], from: "2011-02-03" }),
      ],
    );
    const [route] = findRoutes(m, q({ at: "2008-01-01" })).routes;
    expect(hopsOf(route!)).toBe("hub:AA->CC hub:CC->BB");
    expect([route!.validFrom, route!.validTo]).toEqual(["2006-01-01", "2011-02-02"]);
    const direct = findRoutes(m, q({ to: "CC", at: "2008-01-01" }), { maxHops: 1 }).routes;
    expect(direct.map((r) => [hopsOf(r), r.validFrom, r.validTo])).toEqual([
      ["ab:AA->CC", "2000-01-01", "2011-02-02"],
      ["hub:AA->CC", "2004-05-06", "2011-02-02"],
    ]);
    // Termination pending: a warning more, so the agreement now comes after the hub's direct channel.
    const pending = findRoutes(m, q({ to: "CC", at: "2012-02-01" }), { maxHops: 1 }).routes;
    expect(pending.map(hopsOf)).toEqual(["hub:AA->CC", "ab:AA->CC"]);
    expect(pending[1]).toMatchObject({
      validFrom: "2012-01-01",
      validTo: "2012-03-31",
    });
  });

  it("cites each source once: the agreements', their status events' and the applicable policies'", () => {
    const m = world(
      [
        hubAg("hub", ["CC", "AA", "BB"], {
          sources: ["s-ok"],
          timeline: [ev("in-force", "2000-01-01", { sources: ["s-weak", "s-ok"] })],
        }),
      ],
      [pol("p", "AA", "CC", { deny: ["china-military"], sources: ["s-ok"] })],
    );
    const [route] = findRoutes(m, q()).routes;
    expect(route!.sources.map((s) => s.id)).toEqual(["s-ok", "s-weak"]);
    expect(route!.sources[1]).toEqual({
      id: "s-weak",
      publisher: "P",
      title: "Unconfirmed",
      url: "https://example.org/weak",
      grade: "C",
      fact: "G-02",
    });
    expect(route!.agreements).toEqual([
      { id: "hub", name: "Agreement HUB", kind: "arrangement", legalNature: "binding", status: "in-force" },
    ]);
  });
});

describe("explain", () => {
  const m = world([
    ag("ab", ["AA", "BB"]),
    ag("ac", ["AA", "CC"]),
    ag("cb", ["CC", "BB"]),
    ag("ad", ["AA", "DD"]),
    ag("db", ["DD", "BB"]),
  ]);

  it("bounds the blocked list, shortest first, without touching the permitted routes or the counts", () => {
    const all = findRoutes(m, q(), { disable: ["ab"], explain: "all" });
    expect(all.blocked.map(hopsOf)).toEqual(["ab:AA->BB", "ac:AA->CC cb:CC->BB", "ad:AA->DD db:DD->BB"]);
    const one = findRoutes(m, q(), { disable: ["ab"], explain: 1 });
    expect(one.blocked.map(hopsOf)).toEqual(["ab:AA->BB"]);
    expect(one.query.explain).toBe(1);
    expect([one.blockedTotal, all.blockedTotal]).toEqual([3, 3]);
    expect(one.blockedSummary).toEqual(all.blockedSummary);
    const none = findRoutes(m, q(), { disable: ["ab"], explain: 0 });
    expect(none).toEqual({ ...all, query: { ...all.query, explain: 0 }, blocked: [] });
  });

  it("lists ten blocked candidates unless told otherwise", () => {
    // AA reaches BB through each of CC..LL, then on to BB: twelve two-hop candidates, all blocked by a scenario.
    const mids = ["CC", "DD", "EE", "FF", "GG", "HH", "II", "JJ", "KK", "LL", "MM", "NN"];
    const wide = world(
      mids.flatMap((p) => [ag(`a-${p.toLowerCase()}`, ["AA", p]), ag(`${p.toLowerCase()}-b`, [p, "BB"])]),
      [],
      ["AA", "BB", ...mids],
    );
    const a = findRoutes(wide, q(), { disable: ["BB"] });
    expect([a.query.explain, a.blocked.length, a.blockedTotal]).toEqual([10, 10, 12]);
  });

  it("counts a candidate once under each reason code it carries, with a shortest example of each", () => {
    // ab is out of scope; ac → cb is in force but not relayed (third-party rule); ad ends before the date and db is
    // out of scope, so ad → db carries both not-in-force and out-of-scope.
    const mixed = world([
      ag("ab", ["AA", "BB"], { scope: ["china-military"] }),
      ag("ac", ["AA", "CC"]),
      ag("cb", ["CC", "BB"]),
      ag("ad", ["AA", "DD"], { timeline: [ev("in-force", "2000-01-01"), ev("terminated", "2005-01-01")] }),
      ag("db", ["DD", "BB"], { scope: ["china-military"] }),
    ]);
    const a = findRoutes(mixed, q(), { explain: "all" });
    expect(a.blockedTotal).toBe(3);
    expect(a.blockedSummary.map((s) => [s.code, s.count, hopsOf(s.example)])).toEqual([
      ["out-of-scope", 2, "ab:AA->BB"],
      ["third-party-rule", 2, "ac:AA->CC cb:CC->BB"],
      ["not-in-force", 1, "ad:AA->DD db:DD->BB"],
    ]);
    expect(
      a.blockedSummary.find((s) => s.code === "not-in-force")!.example.reasons.map((r) => r.code),
    ).toEqual(["not-in-force", "out-of-scope", "third-party-rule"]);
  });

  it("refuses an answer that would list more routes than one answer holds, naming how many", () => {
    const mids = Array.from({ length: 40 }, (_, i) => `M${String(i).padStart(2, "0")}`);
    const ring = world(
      [ag("all", ["AA", "BB", ...mids], { shape: "all-to-all" })],
      [],
      ["AA", "BB", ...mids],
    );
    // The direct route is permitted; 40 + 40·39 + 40·39·38 = 60,880 relayed candidates break the third-party rule.
    expect(() => findRoutes(ring, q(), { maxHops: 4, explain: "all" })).toThrow(
      "the answer would list 60,881 routes (1 permitted, 60,880 of 60,880 blocked candidates explained), more than the 50,000 one answer holds: ask for explain: N, a lower maxHops, or disable an agreement or party",
    );
    const bounded = findRoutes(ring, q(), { maxHops: 4 });
    expect([bounded.routes.length, bounded.blockedTotal, bounded.blocked.length]).toEqual([1, 60_880, 10]);
    expect(bounded.blockedSummary.map((s) => [s.code, s.count, s.example.hops.length])).toEqual([
      ["third-party-rule", 60_880, 2],
    ]);
  });
});

describe("misuse", () => {
  const m = world([ag("ab", ["AA", "BB"])]);
  const fails = (query: RouteQuery, options: Partial<RouteOptions>, code: string) => {
    try {
      findRoutes(m, query, options);
    } catch (error) {
      expect(error).toBeInstanceOf(LiaisonError);
      expect((error as LiaisonError).code).toBe(code);
      expect((error as Error).message).not.toContain("\n");
      return;
    }
    throw new Error("expected a LiaisonError");
  };

  it("throws not-found for an unknown party or topic", () => {
    fails(q({ from: "ZZZ" }), {}, "not-found");
    fails(q({ to: "ZZZ" }), {}, "not-found");
    fails(q({ topic: "weather" }), {}, "not-found");
  });

  it("throws usage for a bad date or maxHops outside 1..6", () => {
    for (const at of ["2010-02-30", "2010-06", "yesterday", ""]) fails(q({ at }), {}, "usage");
    for (const maxHops of [0, 7, 2.5, Number.NaN]) fails(q(), { maxHops }, "usage");
    fails(q(), { explain: -1 }, "usage");
  });
});
