// criticalLinks on named fixtures: single points of failure (agreements and intermediaries on every permitted
// route) and minimal pairs of agreements whose joint loss leaves none.
import { describe, expect, it } from "vitest";
import { criticalLinks } from "../../src/analysis";
import { relayLine, twoWays } from "./fixtures";

const AB = { from: "AAA", to: "BBB", topic: "nk-missile" };
const SD = { from: "SRC", to: "DST", topic: "any" };

describe("criticalLinks", () => {
  it("a single relayed route: its agreement and its intermediary are critical", () => {
    const c = criticalLinks(relayLine, { ...AB, at: "2000-07-01" }, { maxHops: 2 });
    expect(c).toEqual({
      query: { ...AB, at: "2000-07-01", maxHops: 2, allowConsentRelay: false, disable: [] },
      permitted: 1,
      agreements: ["hub"],
      parties: ["CCC"],
      pairs: [],
    });
  });

  it("a direct and a relayed route under two agreements: only the pair of them is critical", () => {
    const c = criticalLinks(relayLine, { ...AB, at: "2004-02-01" }, { maxHops: 2 });
    expect([c.permitted, c.agreements, c.parties, c.pairs]).toEqual([2, [], [], [["ab-direct", "hub"]]]);
  });

  it("three routes under three agreements: nothing single or double is critical", () => {
    const c = criticalLinks(relayLine, { ...AB, at: "2005-04-01" }, { maxHops: 2 });
    expect([c.permitted, c.agreements, c.parties, c.pairs]).toEqual([3, [], [], []]);
  });

  it("two disjoint two-hop ways: every pair taking one agreement from each way is critical", () => {
    const c = criticalLinks(twoWays, { ...SD, at: "2005-01-01" }, { allowConsentRelay: true, maxHops: 2 });
    expect([c.permitted, c.agreements, c.parties]).toEqual([2, [], []]);
    expect(c.pairs).toEqual([
      ["mid1-dst", "mid2-dst"],
      ["mid1-dst", "src-mid2"],
      ["mid2-dst", "src-mid1"],
      ["src-mid1", "src-mid2"],
    ]);
  });

  it("one way left: both its agreements and its intermediary are single points of failure", () => {
    const c = criticalLinks(twoWays, { ...SD, at: "2011-01-01" }, { allowConsentRelay: true, maxHops: 2 });
    expect([c.permitted, c.agreements, c.parties, c.pairs]).toEqual([
      1,
      ["mid1-dst", "src-mid1"],
      ["MID1"],
      [],
    ]);
  });

  it("no permitted route: nothing to lose", () => {
    const c = criticalLinks(twoWays, { ...SD, at: "2005-01-01" }, { maxHops: 2 });
    expect([c.permitted, c.agreements, c.parties, c.pairs]).toEqual([0, [], [], []]);
  });
});
