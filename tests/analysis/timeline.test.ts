// routeTimeline on the relay-line fixture: intervals split at exactly the days something changes, merged where
// nothing does, each with every candidate's status, conditions and warnings.
import { describe, expect, it } from "vitest";
import { routeTimeline } from "../../src/analysis";
import { TooManyRoutes } from "../../src/routing";
import { ag, world } from "../routing/helpers";
import { KEY, relayLine } from "./fixtures";

const blocked = (key: string) => ({ key, status: "blocked", conditions: [], warnings: [] });
const permitted = (key: string, warnings: string[] = []) => ({
  key,
  status: "permitted",
  conditions: [],
  warnings,
});
const HUB = {
  key: KEY.hub,
  status: "permitted",
  conditions: ["originator-approval"],
  warnings: ["non-binding", "approximate-date"],
};

describe("routeTimeline", () => {
  it("covers the dataset's whole range from its first date, one interval per distinct state", () => {
    const t = routeTimeline(relayLine, "AAA", "BBB", "nk-missile", { maxHops: 2, explain: "all" });
    expect(t.query).toEqual({
      from: "AAA",
      to: "BBB",
      topic: "nk-missile",
      since: "1999-01-01",
      until: null,
      maxHops: 2,
      allowConsentRelay: false,
      disable: [],
    });
    expect(t.intervals).toEqual([
      {
        from: "1999-01-01",
        to: "2000-05-31",
        best: "none",
        routes: [blocked(KEY.direct), blocked(KEY.club), blocked(KEY.viaDdd), blocked(KEY.hub)],
      },
      // The hub's month-only in-force date counts from the first of the month, as the engine reads it.
      {
        from: "2000-06-01",
        to: "2000-12-31",
        best: "relayed",
        routes: [HUB, blocked(KEY.direct), blocked(KEY.club), blocked(KEY.viaDdd)],
      },
      // The club's signing (2001-06-01) and entry into force without BBB (2002-01-01) change nothing here.
      {
        from: "2001-01-01",
        to: "2002-12-31",
        best: "direct",
        routes: [permitted(KEY.direct), HUB, blocked(KEY.club), blocked(KEY.viaDdd)],
      },
      {
        from: "2003-01-01",
        to: "2003-12-31",
        best: "direct",
        routes: [permitted(KEY.direct, ["reported-policy"]), HUB, blocked(KEY.club), blocked(KEY.viaDdd)],
      },
      // The day after the policy's last day.
      {
        from: "2004-01-01",
        to: "2004-06-30",
        best: "direct",
        routes: [permitted(KEY.direct), HUB, blocked(KEY.club), blocked(KEY.viaDdd)],
      },
      // BBB's accession to the club.
      {
        from: "2004-07-01",
        to: "2005-02-28",
        best: "direct",
        routes: [permitted(KEY.direct), permitted(KEY.club), HUB, blocked(KEY.viaDdd)],
      },
      {
        from: "2005-03-01",
        to: "2005-05-14",
        best: "direct",
        routes: [
          permitted(KEY.club),
          permitted(KEY.direct, ["termination-pending"]),
          HUB,
          blocked(KEY.viaDdd),
        ],
      },
      // Suspended before the notice's effective day (2005-06-01), which then changes nothing; nor does the end
      // of the C–D agreement (2006-01-01), which no candidate uses.
      {
        from: "2005-05-15",
        to: "2006-12-31",
        best: "direct",
        routes: [
          permitted(KEY.club),
          permitted(KEY.direct, ["conditional-status"]),
          HUB,
          blocked(KEY.viaDdd),
        ],
      },
      {
        from: "2007-01-01",
        to: null,
        best: "direct",
        routes: [permitted(KEY.direct), permitted(KEY.club), HUB, blocked(KEY.viaDdd)],
      },
    ]);
  });

  it("lists only as many candidates blocked on every day as explain allows, with the same intervals", () => {
    const all = routeTimeline(relayLine, "AAA", "BBB", "nk-missile", { maxHops: 2, explain: "all" });
    const none = routeTimeline(relayLine, "AAA", "BBB", "nk-missile", { maxHops: 2, explain: 0 });
    expect(none.intervals.map((i) => [i.from, i.to, i.best])).toEqual(
      all.intervals.map((i) => [i.from, i.to, i.best]),
    );
    for (const interval of none.intervals) {
      expect(interval.routes.map((r) => r.key).sort()).toEqual([KEY.direct, KEY.club, KEY.hub].sort());
    }
    expect(none.intervals[0]!.routes).toEqual([blocked(KEY.direct), blocked(KEY.club), blocked(KEY.hub)]);
  });

  it("clips to since and until, the last interval ending on until", () => {
    const t = routeTimeline(
      relayLine,
      "AAA",
      "BBB",
      "nk-missile",
      { maxHops: 2 },
      "2003-06-01",
      "2005-03-31",
    );
    expect(t.intervals.map((i) => [i.from, i.to])).toEqual([
      ["2003-06-01", "2003-12-31"],
      ["2004-01-01", "2004-06-30"],
      ["2004-07-01", "2005-02-28"],
      ["2005-03-01", "2005-03-31"],
    ]);
    expect(t.query.until).toBe("2005-03-31");
  });

  it("gives one interval when since and until are the same day", () => {
    const t = routeTimeline(
      relayLine,
      "AAA",
      "BBB",
      "nk-missile",
      { maxHops: 2 },
      "2003-06-01",
      "2003-06-01",
    );
    expect(t.intervals.map((i) => [i.from, i.to, i.best])).toEqual([["2003-06-01", "2003-06-01", "direct"]]);
  });

  it("follows the topic: a policy that holds back a topic blocks, the hub's scope leaves it out", () => {
    const t = routeTimeline(
      relayLine,
      "AAA",
      "BBB",
      "china-military",
      { maxHops: 1 },
      "2002-06-01",
      "2004-03-01",
    );
    expect(t.intervals).toEqual([
      {
        from: "2002-06-01",
        to: "2002-12-31",
        best: "direct",
        routes: [permitted(KEY.direct), blocked(KEY.club)],
      },
      {
        from: "2003-01-01",
        to: "2003-12-31",
        best: "none",
        routes: [blocked(KEY.direct), blocked(KEY.club)],
      },
      {
        from: "2004-01-01",
        to: "2004-03-01",
        best: "direct",
        routes: [permitted(KEY.direct), blocked(KEY.club)],
      },
    ]);
  });

  it("applies the scenario and ad-hoc consent like findRoutes", () => {
    const off = routeTimeline(
      relayLine,
      "AAA",
      "BBB",
      "nk-missile",
      { maxHops: 2, disable: ["CCC"] },
      "2000-07-01",
    );
    expect(off.intervals[0]!.best).toBe("none");
    const consent = routeTimeline(
      relayLine,
      "AAA",
      "BBB",
      "nk-missile",
      { maxHops: 2, allowConsentRelay: true },
      "2002-06-01",
      "2002-06-30",
    );
    expect(consent.intervals[0]!.routes.find((r) => r.key === KEY.viaDdd)).toEqual(blocked(KEY.viaDdd));
  });

  it("gives a single empty interval for a pair without candidates", () => {
    const t = routeTimeline(relayLine, "AAA", "AAA", "nk-missile", {}, "2001-01-01");
    expect(t.intervals).toEqual([{ from: "2001-01-01", to: null, best: "none", routes: [] }]);
  });

  it("counts the candidates blocked on every date, lists the shortest few, and refuses to list too many", () => {
    // One all-to-all agreement over AA, BB and 40 others: one direct route, and 60,880 relays up to four hops, each
    // blocked on every date by the third-party rule.
    const mids = Array.from({ length: 40 }, (_, i) => `M${String(i).padStart(2, "0")}`);
    const ring = world(
      [ag("ring", ["AA", "BB", ...mids], { shape: "all-to-all" })],
      [],
      ["AA", "BB", ...mids],
    );
    const bounded = routeTimeline(ring, "AA", "BB", "any", { maxHops: 4 }, "1999-01-01");
    expect(bounded.intervals.map((i) => [i.from, i.best, i.routes.length])).toEqual([
      ["1999-01-01", "none", 11],
      ["2000-01-01", "direct", 11],
    ]);
    const listed = bounded.intervals[1]!.routes;
    expect(listed[0]).toMatchObject({ key: "AA>BB:ring", status: "permitted" });
    expect(listed.slice(1).every((r) => r.status === "blocked" && r.key.split(">").length === 3)).toBe(true);
    let refusal: unknown;
    try {
      routeTimeline(ring, "AA", "BB", "any", { maxHops: 4, explain: "all" }, "1999-01-01");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(TooManyRoutes);
    expect((refusal as Error).message).toBe(
      "routeTimeline: the timeline would list 60,881 routes (1 that some date may permit, 60,880 of 60,880 blocked on every date explained), more than the 50,000 one answer holds: ask for explain: N, a lower maxHops, or disable an agreement or party",
    );
  });

  it("rejects bad input with the engine's errors", () => {
    expect(() => routeTimeline(relayLine, "AAA", "ZZZ", "nk-missile")).toThrow(/unknown party "ZZZ"/);
    expect(() => routeTimeline(relayLine, "AAA", "BBB", "nope")).toThrow(/unknown topic "nope"/);
    expect(() => routeTimeline(relayLine, "AAA", "BBB", "any", { maxHops: 9 })).toThrow(/maxHops/);
    expect(() => routeTimeline(relayLine, "AAA", "BBB", "any", { explain: -1 })).toThrow(/explain must be/);
    expect(() => routeTimeline(relayLine, "AAA", "BBB", "any", {}, "2001-02-30")).toThrow(/since must be/);
    expect(() => routeTimeline(relayLine, "AAA", "BBB", "any", {}, "2003-01-01", "2002-01-01")).toThrow(
      /until must be a calendar day YYYY-MM-DD not before since \(2003-01-01\)/,
    );
  });
});
