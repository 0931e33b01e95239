import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRouteKey, routeKey } from "../../src/routing";

describe("routeKey", () => {
  it("writes parties then agreements", () => {
    const hops = [
      { from: "KOR", to: "USA", agreement: "tisa" },
      { from: "USA", to: "JPN", agreement: "tisa" },
    ];
    expect(routeKey({ hops })).toBe("KOR>USA>JPN:tisa+tisa");
    expect(routeKey(hops)).toBe("KOR>USA>JPN:tisa+tisa");
    expect(routeKey([{ from: "KOR", to: "JPN", agreement: "jpn-kor-gsomia" }])).toBe(
      "KOR>JPN:jpn-kor-gsomia",
    );
  });

  it("tells parallel agreements between the same pair apart", () => {
    const a = routeKey([{ from: "USA", to: "GBR", agreement: "ukusa" }]);
    const b = routeKey([{ from: "USA", to: "GBR", agreement: "nato" }]);
    expect(a).not.toBe(b);
  });

  it("refuses a route without hops", () => {
    expect(() => routeKey([])).toThrow(/at least one hop/);
  });

  it("rejects malformed keys", () => {
    for (const bad of [
      "",
      "KOR>JPN",
      "KOR:gsomia",
      "KOR>JPN:",
      "KOR>USA>JPN:tisa",
      "kor>JPN:gsomia",
      "KOR>JPN:Gsomia",
      "KOR>USA>KOR:a+b",
      "2",
    ]) {
      expect(parseRouteKey(bad), bad).toBeNull();
    }
  });

  it("parse(routeKey(hops)) gives the hops back", () => {
    const party = fc.stringMatching(/^[A-Z][A-Z0-9]{2,4}$/);
    const agreement = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)?$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(party, { minLength: 2, maxLength: 7 }),
        fc.array(agreement, { minLength: 6, maxLength: 6 }),
        (parties, agreements) => {
          const hops = parties
            .slice(1)
            .map((to, i) => ({ from: parties[i]!, to, agreement: agreements[i]! }));
          expect(parseRouteKey(routeKey(hops))).toEqual(hops);
        },
      ),
    );
  });
});
