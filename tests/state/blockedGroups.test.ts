// Blocked candidates grouped by shape and reasons, each group with the agreements its routes use most.
import { describe, expect, it } from "vitest";
import type { ReasonCode, Route } from "../../src/routing";
import { blockedGroupId, blockedGroups, blockedInFocus } from "../../src/state";

/** A blocked route over `parties` under `agreements`, blocked by `codes` (each on the last hop). */
function blocked(parties: string[], agreements: string[], codes: ReasonCode[]): Route {
  return {
    parties,
    kind: parties.length === 2 ? "direct" : "relayed",
    status: "blocked",
    hops: agreements.map((agreement, i) => ({
      from: parties[i]!,
      to: parties[i + 1]!,
      agreement,
      agreementName: agreement.toUpperCase(),
    })),
    intermediaries: parties.slice(1, -1),
    conditions: [],
    warnings: [],
    reasons: codes.map((code) => ({ code, message: code, hop: agreements.length - 1 })),
    validFrom: null,
    validTo: null,
    sources: [],
    agreements: [],
  };
}

const ROUTES = [
  blocked(["KOR", "JPN"], ["tscf"], ["not-in-force"]),
  blocked(["KOR", "USA", "JPN"], ["ukusa", "ukusa"], ["third-party-rule"]),
  blocked(["KOR", "GBR", "USA", "JPN"], ["sse", "ukusa", "ukusa"], ["third-party-rule", "not-in-force"]),
  blocked(["KOR", "FRA", "USA", "JPN"], ["sse", "sse", "ukusa"], ["not-in-force", "third-party-rule"]),
  blocked(["KOR", "DEU", "GBR", "JPN"], ["sse", "sse", "jpn-gbr"], ["third-party-rule", "not-in-force"]),
];

describe("blockedGroups", () => {
  it("groups by hops and the set of reason codes, fewer hops first, and counts each agreement once a route", () => {
    const groups = blockedGroups(ROUTES);
    expect(groups.map((g) => [g.id, g.routes.length])).toEqual([
      ["1:not-in-force", 1],
      ["2:third-party-rule", 1],
      ["3:not-in-force+third-party-rule", 3],
    ]);
    expect(groups[2]!.agreements).toEqual([
      { id: "sse", name: "SSE", routes: 3 },
      { id: "ukusa", name: "UKUSA", routes: 2 },
      { id: "jpn-gbr", name: "JPN-GBR", routes: 1 },
    ]);
    expect(groups[2]!.reasons).toEqual(["not-in-force", "third-party-rule"]);
  });

  it("puts larger groups first among routes of the same length", () => {
    const more = [
      blocked(["KOR", "A", "JPN"], ["x", "y"], ["out-of-scope"]),
      blocked(["KOR", "B", "JPN"], ["x", "y"], ["not-in-force"]),
      blocked(["KOR", "C", "JPN"], ["x", "z"], ["not-in-force"]),
    ];
    expect(blockedGroups(more).map((g) => g.id)).toEqual(["2:not-in-force", "2:out-of-scope"]);
  });

  it("gives no groups for no blocked routes", () => {
    expect(blockedGroups([])).toEqual([]);
  });
});

describe("blockedInFocus", () => {
  it("is the routes of the group in focus, and none without a focus or an answer", () => {
    const answer = {
      query: {} as never,
      routes: [],
      blockedTotal: ROUTES.length,
      blockedSummary: [],
      blocked: ROUTES,
    };
    expect(blockedInFocus(answer, "3:not-in-force+third-party-rule")).toEqual(ROUTES.slice(2));
    expect(blockedInFocus(answer, null)).toEqual([]);
    expect(blockedInFocus(answer, "9:out-of-scope")).toEqual([]);
    expect(blockedInFocus(null, "1:not-in-force")).toEqual([]);
    expect(blockedGroupId(ROUTES[3]!)).toBe("3:not-in-force+third-party-rule");
  });
});
